import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import type { Driver } from "neo4j-driver";

/**
 * @neo4j/graphql serving the same graph, for the benchmark's comparison: the types the shared
 * queries need, mapped onto our labels and relationship types. Started beside our API on the
 * same database.
 */
const typeDefs = /* GraphQL */ `
  type Attended @relationshipProperties {
    status: String
  }
  type Person @node {
    id: ID!
    name: String!
    honorific: String
    aliases: [String!]
    organisations: [Organisation!]! @relationship(type: "AFFILIATED_WITH", direction: OUT)
  }
  type Organisation @node {
    id: ID!
    name: String!
    kind: String
  }
  type Meeting @node {
    id: ID!
    title: String
    date: String
    attendees: [Person!]! @relationship(type: "ATTENDED", direction: IN, properties: "Attended")
  }
  type Body @node {
    id: ID!
    name: String!
    meetings: [Meeting!]! @relationship(type: "MEETING_OF", direction: IN)
  }
  type Partnership @node {
    id: ID!
    name: String!
    bodies: [Body!]! @relationship(type: "BODY_OF", direction: IN)
  }
`;

/** Queries @neo4j/graphql can express of the mix, as its schema spells them. */
export const NEO4J_GRAPHQL_QUERIES: Record<string, (p: { person: string; partnership: string }) => { query: string; variables: Record<string, unknown> }> = {
  "lookup by id": (p) => ({ query: "query($id: ID!) { people(where: { id: { eq: $id } }) { id name honorific aliases } }", variables: { id: p.person } }),
  "nested 4 levels": (p) => ({
    query:
      "query($id: ID!) { partnerships(where: { id: { eq: $id } }) { bodies { meetings { id attendeesConnection { edges { properties { status } node { name organisations { name } } } } } } } }",
    variables: { id: p.partnership },
  }),
};

export async function startNeo4jGraphQL(driver: Driver, database = "neo4j"): Promise<{ url: string; stop(): Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  app.use("/graphql", express.json(), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }));
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const addr = httpServer.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await apollo.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
