import "reflect-metadata";
import { isInterfaceType, isUnionType, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, getMetadataStorage, type BuildSchemaOptions } from "type-graphql";
import { DateScalar } from "./common/date.scalar.js";
import { CitationResolver, DocumentRelationships, DocumentResolver, DocumentRoots } from "./documents/document.resolver.js";
import {
  ActionRelationships,
  ActionRoots,
  AgendaItemRelationships,
  AgendaItemRoots,
  MeetingRelationships,
  MeetingResolver,
  MeetingRoots,
  ResolutionRelationships,
  ResolutionRoots,
} from "./meetings/meeting.resolver.js";
import { OrganisationRelationships, OrganisationResolver, OrganisationRoots } from "./organisations/organisation.resolver.js";
import { BodyRelationships, BodyRoots, PartnershipRelationships, PartnershipRoots } from "./partnerships/partnership.resolver.js";
import { AttendanceResolver, PersonRelationships, PersonRoots } from "./people/person.resolver.js";
import { PossibleIdentityRoots } from "./people/possible-identities.resolver.js";
import { PlaceRelationships, PlaceRoots, SectorRelationships, SectorResolver, SectorRoots } from "./places/place.resolver.js";
import { PriorityRelationships, PriorityRoots, StrategyRelationships, StrategyRoots } from "./priorities/priority.resolver.js";
import { SearchResolver } from "./search/search.resolver.js";
import { NodeFieldsResolver, NodeResolver } from "./common/node.resolver.js";
import { AffiliationResolver } from "./common/affiliation.resolver.js";
import { IngestResolver } from "./ingest/ingest.resolver.js";
import { ExplorationResolver } from "./exploration/exploration.resolver.js";
import { MembershipResolver } from "./membership/membership.resolver.js";
import {
  AttendanceRecordResolver,
  MembershipGapReportResolver,
  PartnerGapResolver,
  QuorumClauseResultResolver,
  SeatStatusEntryResolver,
} from "./membership/membership-fields.resolver.js";
import { RuleRoots, SeatRelationships, SeatRoots, TermsRelationships, TermsRoots } from "./terms/terms.resolver.js";
import { TermsComparisonResolver } from "./terms/terms-comparison.resolver.js";
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
      NodeFieldsResolver,
      AffiliationResolver,
      // Per entity type: its root fields (look-up, connection), its declared relationship fields,
      // and the few fields that are not one hop (two hops, or a statement of their own).
      OrganisationRoots,
      OrganisationRelationships,
      OrganisationResolver,
      PersonRoots,
      PersonRelationships,
      AttendanceResolver,
      PossibleIdentityRoots,
      PartnershipRoots,
      PartnershipRelationships,
      BodyRoots,
      BodyRelationships,
      MeetingRoots,
      MeetingRelationships,
      MeetingResolver,
      AgendaItemRoots,
      AgendaItemRelationships,
      ResolutionRoots,
      ResolutionRelationships,
      ActionRoots,
      ActionRelationships,
      PriorityRoots,
      PriorityRelationships,
      StrategyRoots,
      StrategyRelationships,
      PlaceRoots,
      PlaceRelationships,
      SectorRoots,
      SectorRelationships,
      SectorResolver,
      TermsRoots,
      TermsRelationships,
      SeatRoots,
      SeatRelationships,
      RuleRoots,
      TermsComparisonResolver,
      DocumentRoots,
      DocumentRelationships,
      DocumentResolver,
      CitationResolver,
      SearchResolver,
      IngestResolver,
      ExplorationResolver,
      MembershipResolver,
      PartnerGapResolver,
      AttendanceRecordResolver,
      SeatStatusEntryResolver,
      MembershipGapReportResolver,
      QuorumClauseResultResolver,
    ] as unknown as BuildSchemaOptions["resolvers"],
    // Entity types reached only through the Node interface must still be in the schema.
    orphanedTypes: Object.values(entities),
    scalarsMap: [],
    validate: false,
    emitSchemaFile: false,
  });
  // type-graphql has no way to describe the root type itself.
  built.getQueryType()!.description =
    "Partnership Graph: the health-and-care partnership bodies of Lancashire and South Cumbria, every fact cited to its source.";
  built.getMutationType()!.description =
    "Writes: extracting a new document into a draft and committing a reviewed draft. Each needs an API key with the editor role.";
  resolveTypesAsDeclared(built);
  return built;
}

/**
 * type-graphql wraps every declared resolveType in an async function (so that one may return a
 * class); ours return a type's name, synchronously. Put back as declared: graphql-js then settles an
 * entity's type without a promise per value, and graphql-jit, which cannot await a resolveType, can
 * run abstract fields (node, search, paths…) at all.
 */
function resolveTypesAsDeclared(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  for (const declared of [...storage.interfaceTypes, ...storage.unions]) {
    const type = schema.getType(declared.name);
    const resolve = declared.resolveType;
    if (!resolve || !(isInterfaceType(type) || isUnionType(type))) continue;
    type.resolveType = (value, context, info, abstractType) => {
      const name = resolve(value, context, info, abstractType);
      if (name === undefined || name === null || typeof name === "string") return name ?? undefined;
      throw new Error(`The resolveType of ${type.name} must return a type's name, synchronously; it returned ${String(name)}.`);
    };
  }
}

export async function printedSchema(): Promise<string> {
  return SDL_HEADER + printSchema(await buildGraphQLSchema()) + "\n";
}

export { DateScalar };
