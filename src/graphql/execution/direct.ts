import {
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type ExecutionResult,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { collectFields, collectSubfields } from "graphql/execution/collectFields.js";
import { getMetadataStorage } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { fragmentsOf } from "../common/fragments.js";
import { PROP_EXTENSION } from "../common/prop.js";
import { LOOKUP_EXTENSION } from "../common/roots.js";
import { prefetched, prefetchEntity } from "../prefetch/fetch.js";
import { planRoot, type NodePlan } from "../prefetch/plan.js";
import { hopKey, resolveRelationship } from "../relationships/resolve.js";
import { RELATIONSHIP_EXTENSION } from "../relationships/resolver-class.js";
import { LINK_FIELDS, type Wrapper } from "../relationships/wrappers.js";
import type { RelationshipField } from "../relationships/declare.js";
import type { EntityRow } from "../../neo4j/rows.js";
import type { Executor } from "./jit-gateway.js";

/*
 * GRAPHQL_DIRECT: a look-up by id whose whole selection the prefetch plan answers is written
 * straight from the prefetched rows into the response, without graphql-js's walk over it (a
 * result object made in dictionary mode, a path, an argument map and a resolver call through
 * type-graphql for each of the nested query's ~5,000 fields).
 *
 * Only what graphql-js would do for these fields is done: fields collected by graphql-js's own
 * collectFields (aliases, fragments, @skip/@include); a @Prop field reads the row's property, a
 * relationship field calls the same resolveRelationship its field resolver calls, a wrapper's own
 * field reads the wrapper object; leaves serialised by their type's serialize. Anything else (an
 * abstract type, a field resolver of its own, a relationship not prefetched, arguments, another
 * variable, a mutation) is not taken: graphql-js runs the operation as before. A null where the
 * schema says non-null, or a leaf that will not serialise, means graphql-js has an error to
 * report: the operation is run again by graphql-js, which words it (one more statement for that
 * request, the only difference in its answer: test/api/direct.test.ts).
 */

/** Requests answered directly, and those handed on after a root was read (for tests and tuning). */
export const directCounts = { answered: 0, handedOn: 0 };

/** A field the walk reads: how to get its value from the parent object. */
type Read = { kind: "prop"; name: string } | { kind: "relationship"; field: RelationshipField } | { kind: "typename" };

class NotDirect extends Error {}

export function directExecutor(schema: GraphQLSchema, next: Executor): Executor {
  const plain = propertyFields(schema);
  const reads = new Map<GraphQLField<unknown, unknown>, Read | null>();
  const readOf = (type: GraphQLObjectType, name: string): Read | null => {
    if (name === "__typename") return { kind: "typename" };
    const field = type.getFields()[name];
    if (!field) return null;
    let found = reads.get(field);
    if (found === undefined) {
      const relationship = field.extensions[RELATIONSHIP_EXTENSION] as RelationshipField | undefined;
      if (field.args.length) found = null;
      else if (relationship) found = { kind: "relationship", field: relationship };
      else if (plain.get(type.name)?.has(name)) found = { kind: "prop", name };
      else found = null;
      reads.set(field, found);
    }
    return found;
  };

  return async (request) => {
    const ctx = request.context as GraphQLContext;
    const root = ctx.prefetch ? lookupOf(schema, request.operation, request.request.variables) : null;
    if (!root) return next(request);
    const info = {
      schema,
      fragments: fragmentsOf(request.document),
      operation: request.operation,
      fieldNodes: root.fieldNodes,
      variableValues: root.variables,
    } as unknown as GraphQLResolveInfo;
    const plan = planRoot(info, root.label);
    if (!plan || !coveredOnce(request.operation, () => covers(schema, info, readOf, root.type, root.fieldNodes, plan))) return next(request);
    const row = await prefetchEntity(ctx, root.id, plan);
    // Declined (another new statement is being planned): graphql-js takes the loaders, as it would.
    if (row === undefined) return next(request);
    try {
      const walk = new Walk(schema, info, ctx, readOf);
      const value = row && row.labels.includes(root.label) ? walk.complete(root.type, row, root.fieldNodes) : null;
      directCounts.answered++;
      return { data: { [root.key]: value } } as ExecutionResult;
    } catch (err) {
      if (!(err instanceof NotDirect)) throw err;
      directCounts.handedOn++;
      return next(request);
    }
  };
}

interface Root {
  key: string;
  label: string;
  id: string;
  type: GraphQLObjectType;
  fieldNodes: readonly FieldNode[];
  variables: Record<string, unknown>;
}

/** The operation's one root field if it is a look-up by id given as a string, with no other variable; null otherwise. */
function lookupOf(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): Root | null {
  if (operation.operation !== "query") return null;
  const definitions = operation.variableDefinitions ?? [];
  if (definitions.length > 1 || definitions.some((d) => d.defaultValue)) return null;
  const values: Record<string, unknown> = {};
  for (const d of definitions) values[d.variable.name.value] = variables?.[d.variable.name.value];
  const query = schema.getQueryType()!;
  const fields = collectFields(schema, {}, values, query, operation.selectionSet);
  if (fields.size !== 1) return null;
  const [[key, fieldNodes]] = [...fields];
  const node = fieldNodes[0]!;
  const label = query.getFields()[node.name.value]?.extensions[LOOKUP_EXTENSION] as string | undefined;
  const type = label ? schema.getType(label) : undefined;
  if (!label || !isObjectType(type) || fieldNodes.some((f) => f.directives?.length) || fieldNodes.length > 1) return null;
  const arg = node.arguments?.length === 1 ? node.arguments[0]!.value : undefined;
  let id: unknown;
  if (arg?.kind === Kind.STRING) id = arg.value;
  else if (arg?.kind === Kind.VARIABLE && definitions.length === 1 && definitions[0]!.variable.name.value === arg.name.value) id = values[arg.name.value];
  return typeof id === "string" ? { key, label, id, type, fieldNodes, variables: values } : null;
}

/**
 * The fields the walk reads as a property of the object it has, by type: @Prop fields of the
 * entities, and the fields of the objects relationships/wrappers.ts builds (Attendance,
 * Affiliation…) that are properties of those objects: the other end and the asking entity, the
 * link's own fields, and the relationship's properties copied as leaves (`representing`, an id
 * made an entity by a field resolver, is not one). A field with a resolver of its own (on its type
 * or an interface of it: Affiliation.person, made whole for the membership reports) is none of them.
 */
export function propertyFields(schema: GraphQLSchema): Map<string, Set<string>> {
  const resolved = new Set(getMetadataStorage().fieldResolvers.map((r) => `${(r.getObjectType?.() as { name?: string } | undefined)?.name}.${r.schemaName}`));
  const hasResolver = (type: GraphQLObjectType, name: string) => [type, ...type.getInterfaces()].some((t) => resolved.has(`${t.name}.${name}`));
  const out = new Map<string, Set<string>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const f of Object.values(type.getFields())) {
      if (f.extensions[PROP_EXTENSION] && !hasResolver(type, f.name)) out.set(type.name, (out.get(type.name) ?? new Set()).add(f.name));
      const field = f.extensions[RELATIONSHIP_EXTENSION] as RelationshipField | undefined;
      if (field?.kind !== "wrapped") continue;
      const wrapper = getNamedType(f.type) as GraphQLObjectType;
      const fields = wrapper.getFields();
      const names = [field.wrapper.other, ...(field.wrapper.self ? [field.wrapper.self] : []), ...LINK_FIELDS];
      for (const rel of Object.keys(field.wrapper.rel)) if (fields[rel] && isLeafType(getNamedType(fields[rel]!.type))) names.push(rel);
      const set = out.get(wrapper.name) ?? new Set<string>();
      for (const n of names) if (fields[n] && !hasResolver(wrapper, n)) set.add(n);
      out.set(wrapper.name, set);
    }
  }
  return out;
}

/**
 * Whether the walk can answer the selection from what the plan fetches, decided before anything
 * is sent: every field one it reads, every object of a concrete type, and every relationship
 * field planned at its place in the plan (not left to the loaders as not plannable, nor cut by the
 * plan's budget of hops). A wrapper's own end is its parent row (the planner plans it only for
 * its id); its other end is the hop's node.
 */
function covers(
  schema: GraphQLSchema,
  info: GraphQLResolveInfo,
  readOf: (type: GraphQLObjectType, name: string) => Read | null,
  type: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
  node: NodePlan,
  ends?: { self: NodePlan; other: NodePlan; wrapper: Wrapper },
): boolean {
  for (const nodes of subfieldsOf(schema, info, type, fieldNodes).values()) {
    const name = nodes[0]!.name.value;
    const read = readOf(type, name);
    if (!read) return false;
    if (read.kind === "typename") continue;
    const returned = getNamedType(type.getFields()[name]!.type);
    if (isLeafType(returned)) continue;
    if (!isObjectType(returned) || returned.isTypeOf) return false;
    if (read.kind === "prop") {
      const end = ends && (name === ends.wrapper.other ? ends.other : name === ends.wrapper.self ? ends.self : undefined);
      if (!end || !covers(schema, info, readOf, returned, nodes, end)) return false;
      continue;
    }
    const { field } = read;
    const keys = field.kind === "query" ? [field.fragment] : field.hops.map(hopKey);
    const hops = keys.map((k) => node.hops.find((h) => h.key === k));
    if (hops.some((h) => !h)) return false;
    const next = hops[0]!.node;
    const wrapped = field.kind === "wrapped" ? { self: node, other: next, wrapper: field.wrapper } : undefined;
    if (!covers(schema, info, readOf, returned, nodes, wrapped ? node : next, wrapped)) return false;
  }
  return true;
}

const coveredSeen = new WeakMap<OperationDefinitionNode, boolean>();

function coveredOnce(operation: OperationDefinitionNode, decide: () => boolean): boolean {
  let found = coveredSeen.get(operation);
  if (found === undefined) coveredSeen.set(operation, (found = decide()));
  return found;
}

// The fields under a field are the same for every object it returns: collected once per
// operation (Apollo hands each request of a document the same AST), by their first node, as
// graphql-js memoises them per request. The only variable is the root's id, so no @skip or
// @include can depend on a value.
function subfieldsOf(schema: GraphQLSchema, info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]) {
  let byNode = subfieldsSeen.get(info.operation);
  if (!byNode) subfieldsSeen.set(info.operation, (byNode = new WeakMap()));
  let byType = byNode.get(fieldNodes[0]!);
  if (!byType) byNode.set(fieldNodes[0]!, (byType = new Map()));
  let fields = byType.get(type);
  if (!fields) byType.set(type, (fields = collectSubfields(schema, info.fragments, info.variableValues, type, fieldNodes)));
  return fields;
}

const subfieldsSeen = new WeakMap<OperationDefinitionNode, WeakMap<FieldNode, Map<GraphQLObjectType, Map<string, readonly FieldNode[]>>>>();

/** One request's walk over the prefetched rows. */
class Walk {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly info: GraphQLResolveInfo,
    private readonly ctx: GraphQLContext,
    private readonly readOf: (type: GraphQLObjectType, name: string) => Read | null,
  ) {}

  /** As graphql-js's completeValue, for the types this walk takes. */
  complete(type: GraphQLOutputType, value: unknown, fieldNodes: readonly FieldNode[]): unknown {
    if (isNonNullType(type)) {
      const done = this.complete(type.ofType, value, fieldNodes);
      if (done === null) throw new NotDirect();
      return done;
    }
    if (value === null || value === undefined) return null;
    if (isListType(type)) {
      if (!Array.isArray(value)) throw new NotDirect();
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.complete(type.ofType, value[i], fieldNodes);
      return out;
    }
    if (isLeafType(type)) {
      let serialized: unknown;
      try {
        serialized = type.serialize(value);
      } catch {
        throw new NotDirect();
      }
      if (serialized === null || serialized === undefined) throw new NotDirect();
      return serialized;
    }
    if (!isObjectType(type) || type.isTypeOf) throw new NotDirect();
    return this.object(type, value as Record<string, unknown>, fieldNodes);
  }

  private object(type: GraphQLObjectType, source: Record<string, unknown>, fieldNodes: readonly FieldNode[]): Record<string, unknown> {
    const fields = subfieldsOf(this.schema, this.info, type, fieldNodes);
    const out: Record<string, unknown> = {};
    for (const [key, nodes] of fields) {
      const name = nodes[0]!.name.value;
      const read = this.readOf(type, name);
      if (!read) throw new NotDirect();
      if (read.kind === "typename") {
        out[key] = type.name;
        continue;
      }
      const fieldType = type.getFields()[name]!.type;
      const value = read.kind === "prop" ? source[read.name] : this.relationship(read.field, source as EntityRow);
      out[key] = this.complete(fieldType, value, nodes);
    }
    return out;
  }

  /** A relationship field's answer, if it was prefetched: otherwise its resolver would load it, which graphql-js must batch. */
  private relationship(field: RelationshipField, row: EntityRow): unknown {
    const keys = field.kind === "query" ? [field.fragment] : field.hops.map(hopKey);
    if (!keys.every((k) => prefetched(row, k))) throw new NotDirect();
    const value = resolveRelationship(field, row, this.ctx);
    if (value instanceof Promise) throw new NotDirect();
    return value;
  }
}
