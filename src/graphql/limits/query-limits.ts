import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { CODES } from "../errors.js";
import type { GraphQLContext } from "../context.js";

/** Depth of an operation's selection: fields nested in fields, through fragments. Introspection is not counted. */
export function queryDepth(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let max = 0;
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith("__")) continue;
      max = Math.max(max, sel.selectionSet ? 1 + queryDepth(sel.selectionSet, fragments, seen) : 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, queryDepth(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      const frag = fragments[name];
      // A fragment spread inside itself is rejected by validation already; guard anyway.
      if (frag && !seen.has(name)) max = Math.max(max, queryDepth(frag.selectionSet, fragments, new Set(seen).add(name)));
    }
  }
  return max;
}

/** How many items a list field is assumed to return when it has no `first`: the seed graph's typical fan-out. */
const ASSUMED_LIST_SIZE = 10;

/**
 * Cost: every field costs 1; a field returning a list multiplies its children's cost by `first`
 * where it has one, by ASSUMED_LIST_SIZE otherwise. So a four-level query over lists of ten costs
 * about 10^4, and the default limit rejects deeper fan-outs before any Neo4j call.
 * (graphql-query-complexity does this too, but its ESM build loads a second copy of graphql.)
 */
export function queryCost(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
): number {
  let total = 0;
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith("__")) continue;
      const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
      const def = fields[sel.name.value];
      if (!def) continue;
      let type = def.type;
      if (isNonNullType(type)) type = type.ofType;
      const named = getNamedType(type);
      const child = sel.selectionSet && isCompositeType(named) ? queryCost(sel.selectionSet, named, fragments, schema, variables) : 0;
      // A connection's edges are already counted by its `first`; only other lists multiply again.
      const isEdges = sel.name.value === "edges" && parent.name.endsWith("Connection");
      const isList = !isEdges && (isListType(type) || named.name.endsWith("Connection"));
      const firstArg = sel.arguments?.find((a) => a.name.value === "first");
      const first = firstArg ? Number(valueFromASTUntyped(firstArg.value, variables)) : NaN;
      total += isList ? 1 + child * (Number.isFinite(first) ? first : ASSUMED_LIST_SIZE) : 1 + child;
    } else {
      const frag = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments[sel.name.value];
      if (!frag) continue;
      const cond = frag.typeCondition ? schema.getType(frag.typeCondition.name.value) : parent;
      if (cond && isCompositeType(cond)) total += queryCost(frag.selectionSet, cond, fragments, schema, variables);
    }
  }
  return total;
}

/** Rejects queries that are too deep or too costly while they are planned, before any resolver runs. */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: { maxDepth: number; maxCost: number }): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const depth = queryDepth(operation.selectionSet, fragments);
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`Query is ${depth} levels deep; the limit is ${limits.maxDepth}.`, {
              extensions: { code: CODES.QUERY_TOO_COMPLEX, depth, maxDepth: limits.maxDepth },
            });
          }
          const root = schema.getRootType(operation.operation);
          const cost = root ? queryCost(operation.selectionSet, root, fragments, schema, request.variables ?? {}) : 0;
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query costs ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`, {
              extensions: { code: CODES.QUERY_TOO_COMPLEX, cost, maxCost: limits.maxCost },
            });
          }
        },
      };
    },
  };
}

/** Reports how many Cypher statements a request sent, in extensions.roundTrips: what the tests and the benchmark count. */
export const roundTripsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === "single") {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, roundTrips: contextValue.roundTrips.count };
        }
      },
    };
  },
};
