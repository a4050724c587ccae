import "reflect-metadata";
import { printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { DateScalar } from "./common/date.scalar.js";
import { CitationResolver, DocumentResolver } from "./documents/document.resolver.js";
import { ActionResolver, AgendaItemResolver, MeetingResolver, ResolutionResolver } from "./meetings/meeting.resolver.js";
import { OrganisationResolver } from "./organisations/organisation.resolver.js";
import { BodyResolver, PartnershipResolver } from "./partnerships/partnership.resolver.js";
import { AttendanceResolver, PersonResolver } from "./people/person.resolver.js";
import { PlaceResolver, SectorResolver } from "./places/place.resolver.js";
import { PriorityResolver, StrategyResolver } from "./priorities/priority.resolver.js";
import { SearchResolver } from "./search/search.resolver.js";
import { NodeResolver } from "./common/node.resolver.js";
import { IngestResolver } from "./ingest/ingest.resolver.js";
import { ExplorationResolver } from "./exploration/exploration.resolver.js";
import { MembershipResolver, RuleResolver, TermsRulesResolver } from "./membership/membership.resolver.js";
import { SeatResolver, TermsOfReferenceResolver } from "./terms/terms.resolver.js";
import * as entities from "./common/entity.types.js";

let built: GraphQLSchema | undefined;

export const SDL_HEADER = `# This file is generated from the code by \`npm run schema\`; do not edit it by hand.
# A test fails when it no longer matches the schema the server builds.
`;

/**
 * Builds the schema once per process. Every decorated field names its type explicitly, so the
 * schema is the same under tsx (npm start), vitest and tsc: none relies on decorator metadata.
 */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= await buildSchema({
    resolvers: [
      NodeResolver,
      OrganisationResolver,
      PersonResolver,
      AttendanceResolver,
      PartnershipResolver,
      BodyResolver,
      MeetingResolver,
      AgendaItemResolver,
      ResolutionResolver,
      ActionResolver,
      PriorityResolver,
      StrategyResolver,
      PlaceResolver,
      SectorResolver,
      TermsOfReferenceResolver,
      SeatResolver,
      DocumentResolver,
      CitationResolver,
      SearchResolver,
      IngestResolver,
      ExplorationResolver,
      MembershipResolver,
      RuleResolver,
      TermsRulesResolver,
    ],
    // Entity types reached only through the Node interface must still be in the schema.
    orphanedTypes: Object.values(entities),
    scalarsMap: [],
    validate: false,
    emitSchemaFile: false,
  });
  // type-graphql has no way to describe the root type itself.
  built.getQueryType()!.description = "Partnership Graph: the health-and-care partnership bodies of Lancashire and South Cumbria, every fact cited to its source.";
  built.getMutationType()!.description = "Writes: extracting a new document into a draft and committing a reviewed draft. Each needs an API key with the editor role.";
  return built;
}

export async function printedSchema(): Promise<string> {
  return SDL_HEADER + printSchema(await buildGraphQLSchema()) + "\n";
}

export { DateScalar };
