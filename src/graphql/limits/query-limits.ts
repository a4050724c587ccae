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
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";
import { fragmentsOf } from "../common/fragments.js";
import { CODES } from "../errors.js";
import type { GraphQLContext } from "../context.js";

/** Whether @skip / @include leave a selection out, with the request's variables. */
function skipped(sel: SelectionNode, variables: Record<string, unknown>): boolean {
  for (const d of sel.directives ?? []) {
    const arg = d.arguments?.find((a) => a.name.value === "if");
    if (!arg) continue;
    const value = valueFromASTUntyped(arg.value, variables) === true;
    if ((d.name.value === "skip" && value) || (d.name.value === "include" && !value)) return true;
  }
  return false;
}

/** How many items a list field is assumed to return when it has no `first`: the seed graph's typical fan-out. */
const ASSUMED_LIST_SIZE = 10;

/**
 * Root fields priced by the work they do, not 1 like a look-up: each runs traversals or loads a
 * partnership's history. A request of 1,000 aliased paths(maxHops: 6) costs 1,000 × 600 and is
 * refused before it runs.
 */
const ROOT_PRICE: Record<string, (args: Record<string, unknown>) => number> = {
  paths: (a) => 100 * Number(a.maxHops ?? 4),
  neighbourhood: (a) => 100 * Number(a.depth ?? 1),
  lineage: () => 100,
  interlocks: () => 200,
  timeline: () => 100,
  compareTerms: () => 100,
  search: () => 20,
  membershipGaps: () => 1000,
  quorum: () => 1000,
  attendance: () => 1000,
};

export class LimitError extends GraphQLError {}

const limitError = (message: string, code: string, extra: Record<string, unknown>) =>
  new LimitError(message, { extensions: { code, ...extra, http: { status: 400 } } });

/**
 * Depth and cost of an operation in one walk that visits each fragment once per parent type
 * (memoised, so fragments spreading each other cannot make it exponential), leaves out what
 * @skip / @include leave out, and refuses a negative or fractional `first` before costing.
 * Cost: every field costs 1 (root fields their ROOT_PRICE); a field returning a list multiplies
 * its children's cost by `first` where it has one, by ASSUMED_LIST_SIZE otherwise.
 * (graphql-query-complexity does this too, but its ESM build loads a second copy of graphql.)
 */
export function analyse(
  selectionSet: SelectionSetNode,
  root: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
): { depth: number; cost: number } {
  const memo = new Map<string, { depth: number; cost: number }>();
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, isRoot: boolean, inFragments: Set<string>): { depth: number; cost: number } => {
    let depth = 0;
    let cost = 0;
    // A fragment spread twice in one selection merges into one set of fields when it runs: count it once.
    const spread = new Set<string>();
    for (const sel of set.selections) {
      if (skipped(sel, variables)) continue;
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        if (spread.has(sel.name.value)) continue;
        spread.add(sel.name.value);
      }
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith("__")) continue;
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const def = fields[sel.name.value];
        if (!def) continue;
        let type = def.type;
        if (isNonNullType(type)) type = type.ofType;
        const named = getNamedType(type);
        const child = sel.selectionSet && isCompositeType(named) ? walk(sel.selectionSet, named, false, inFragments) : { depth: 0, cost: 0 };
        const args: Record<string, unknown> = {};
        for (const a of sel.arguments ?? []) args[a.name.value] = valueFromASTUntyped(a.value, variables);
        for (const name of ["first", "last", "maxHops", "depth"]) {
          const v = args[name];
          if (v !== undefined && v !== null && (typeof v !== "number" || !Number.isInteger(v) || v < 0)) {
            throw limitError(
              `Invalid argument ${name} of ${sel.name.value}: must be a whole number of 0 or more, not ${JSON.stringify(v)}.`,
              CODES.BAD_USER_INPUT,
              { argument: name },
            );
          }
        }
        // A connection's edges are already counted by its `first`; only other lists multiply again.
        const isEdges = sel.name.value === "edges" && parent.name.endsWith("Connection");
        const isList = !isEdges && (isListType(type) || named.name.endsWith("Connection"));
        const first = typeof args.first === "number" ? args.first : ASSUMED_LIST_SIZE;
        const own = isRoot ? (ROOT_PRICE[sel.name.value]?.(args) ?? 1) : 1;
        cost += isList ? own + child.cost * first : own + child.cost;
        depth = Math.max(depth, sel.selectionSet ? 1 + child.depth : 1);
      } else {
        const name = sel.kind === Kind.FRAGMENT_SPREAD ? sel.name.value : null;
        const frag = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments[name!];
        if (!frag || (name && inFragments.has(name))) continue;
        const cond = frag.typeCondition ? schema.getType(frag.typeCondition.name.value) : parent;
        if (!cond || !isCompositeType(cond)) continue;
        const key = name ? `${name}|${cond.name}|${isRoot}` : null;
        let r = key ? memo.get(key) : undefined;
        if (!r) {
          r = walk(frag.selectionSet, cond, isRoot, name ? new Set(inFragments).add(name) : inFragments);
          if (key) memo.set(key, r);
        }
        cost += r.cost;
        depth = Math.max(depth, r.depth);
      }
    }
    return { depth, cost };
  };
  return walk(selectionSet, root, true, new Set());
}

/** Deepest nesting of brackets and braces in a query's text, strings and comments left out. */
export function nesting(source: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "#") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (ch === '"') {
      const block = source.startsWith('"""', i);
      const close = block ? source.indexOf('"""', i + 3) : -1;
      if (block) i = close < 0 ? source.length : close + 2;
      else for (i++; i < source.length && source[i] !== '"' && source[i] !== "\n"; i++) if (source[i] === "\\") i++;
    } else if (ch === "{" || ch === "[" || ch === "(") max = Math.max(max, ++depth);
    else if (ch === "}" || ch === "]" || ch === ")") depth--;
  }
  return max;
}

/** Past this nesting a query is refused before it is parsed (graphql-js recurses once a level). */
export const MAX_NESTING = 64;

/** The refusal of a query nested too deeply to parse safely, or null when it may be parsed. */
export function nestingProblem(query: unknown): { message: string; extensions: Record<string, unknown> } | null {
  if (typeof query !== "string") return null;
  const n = nesting(query);
  return n > MAX_NESTING
    ? {
        message: `Query nests ${n} levels of brackets; the limit is ${MAX_NESTING}.`,
        extensions: { code: CODES.QUERY_TOO_COMPLEX, nesting: n, maxNesting: MAX_NESTING },
      }
    : null;
}

/** Rejects queries that are too deep, too nested or too costly while they are planned, before any resolver runs. */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: { maxDepth: number; maxCost: number }): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const root = schema.getRootType(operation.operation);
          // graphql-js leaves an operation the schema has no root for to execution, which fails as a server error.
          if (!root) throw limitError(`This API has no ${operation.operation}s over HTTP; send a query or a mutation.`, CODES.BAD_USER_INPUT, {});
          const { depth, cost } = analyse(operation.selectionSet, root, fragments, schema, request.variables ?? {});
          if (depth > limits.maxDepth) {
            throw limitError(`Query is ${depth} levels deep; the limit is ${limits.maxDepth}.`, CODES.QUERY_TOO_COMPLEX, { depth, maxDepth: limits.maxDepth });
          }
          if (cost > limits.maxCost) {
            throw limitError(`Query costs ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`, CODES.QUERY_TOO_COMPLEX, {
              cost,
              maxCost: limits.maxCost,
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
