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
  type Organisation @node @fulltext(indexes: [{ indexName: "entity_text_v3", queryName: "organisationsSearch", fields: ["name"] }]) {
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

/** What the comparison's queries take: the mix's probes, and where the middle of the people list is in @neo4j/graphql's offset cursors. */
export interface ComparisonProbes {
  person: string;
  partnership: string;
  /** People before the middle cursor's name: @neo4j/graphql's cursors count rows ("arrayconnection:N"), ours name a key. */
  middleOffset: number;
  /** The Lucene query our `search` sends for the probe's text (the full-text index is the same one). */
  luceneQuery: string;
}

/**
 * Queries @neo4j/graphql can express of the mix, as its schema spells them. It cannot express
 * lineage (an ordered walk over several relationship types with dates), paths (shortest paths
 * between any two entities), membershipGaps or quorum (computed over a partnership's history, not
 * a projection of stored nodes) without a @cypher field per query, which would be our Cypher in
 * its schema, not its generated query.
 */
export const NEO4J_GRAPHQL_QUERIES: Record<string, (p: ComparisonProbes) => { query: string; variables: Record<string, unknown> }> = {
  "lookup by id": (p) => ({ query: "query($id: ID!) { people(where: { id: { eq: $id } }) { id name honorific aliases } }", variables: { id: p.person } }),
  "nested 4 levels": (p) => ({
    query:
      "query($id: ID!) { partnerships(where: { id: { eq: $id } }) { bodies { meetings { id attendeesConnection { edges { properties { status } node { name organisations { name } } } } } } } }",
    variables: { id: p.partnership },
  }),
  // Its connection pages are offset-based: "after" the middle means skipping half the list.
  "connection page deep in a large list": (p) => ({
    query: "query($after: String) { peopleConnection(first: 20, after: $after, sort: [{ name: ASC }]) { totalCount edges { cursor node { id name } } } }",
    variables: { after: Buffer.from(`arrayconnection:${p.middleOffset - 1}`).toString("base64") },
  }),
  // The same index and Lucene query as ours; it reads one label's hits, so Organisation's.
  "full-text search": (p) => ({
    query: "query($t: String!) { organisationsSearch(phrase: $t, first: 10) { edges { score node { id } } } }",
    variables: { t: p.luceneQuery },
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
