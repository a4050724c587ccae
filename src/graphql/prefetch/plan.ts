import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Hop, RelationshipField } from "../relationships/declare.js";
import { RELATIONSHIP_EXTENSION } from "../relationships/resolver-class.js";
import { hopKey } from "../relationships/resolve.js";
import { READS_EXTENSION } from "../common/prop.js";
import { CITATION_PROPS, LINK_FIELDS } from "../relationships/wrappers.js";

/**
 * What one entity of a query needs: the properties its selected fields read (null: all of them,
 * because some selected field's resolver may read anything) and the relationship fields to fetch
 * with it.
 */
export interface NodePlan {
  props: string[] | null;
  hops: HopPlan[];
}

/** One step the statement takes: a hop of a declared field, or a field's own fragment of cypher/prefetch. */
export type PlannedHop = { kind: "link"; hop: Hop } | { kind: "query"; fragment: string; label: string };

export interface HopPlan {
  /** Where the answer is kept on the parent row: what the field's resolver looks for (relationships/resolve.ts). */
  key: string;
  step: PlannedHop;
  /** Relationship properties to read: null for all, [] for none. */
  relProps: string[] | null;
  node: NodePlan;
}

/**
 * Plans the selection under a root field that returns one entity of `typeName`. Returns null
 * when the selection has no relationship field to fetch along: the loaders do as well then.
 */
export function planRoot(info: GraphQLResolveInfo, typeName: string): NodePlan | null {
  return cached(rootPlans, info, () => {
    const type = info.schema.getType(typeName);
    if (!isObjectType(type)) return null;
    const plan = withinBudget(planNode(info.schema, info.fragments, type, info.fieldNodes));
    return plan.hops.length ? plan : null;
  });
}

// Apollo keeps each parsed query document and hands the same AST to every request that sends
// it, so a plan depends only on its operation and field: planned once, reused while the document
// lives. (Per operation: a fragment of root fields can be merged with different siblings in two
// operations of one document.) A plan reads no variable values: a field with arguments is never planned.
type Plans = WeakMap<OperationDefinitionNode, WeakMap<FieldNode, NodePlan | null>>;
const rootPlans: Plans = new WeakMap();
const pagePlans: Plans = new WeakMap();

function cached(plans: Plans, info: GraphQLResolveInfo, plan: () => NodePlan | null): NodePlan | null {
  let byField = plans.get(info.operation);
  if (!byField) plans.set(info.operation, (byField = new WeakMap()));
  const field = info.fieldNodes[0]!;
  let found = byField.get(field);
  if (found === undefined) {
    found = plan();
    byField.set(field, found);
  }
  return found;
}

/**
 * Plans the selection under `edges { node { … } }` of a root field that returns a connection page.
 * Null when nothing nested under the nodes is a planned relationship field.
 */
export function planPage(info: GraphQLResolveInfo): NodePlan | null {
  return cached(pagePlans, info, () => planPageUncached(info));
}

function planPageUncached(info: GraphQLResolveInfo): NodePlan | null {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return null;
  const edgesField = connection.getFields().edges;
  const edge = edgesField && getNamedType(edgesField.type);
  if (!isObjectType(edge)) return null;
  const nodeType = edge.getFields().node && getNamedType(edge.getFields().node!.type);
  if (!isObjectType(nodeType)) return null;
  const edges = collectFields(info.schema, info.fragments, connection, info.fieldNodes).get("edges") ?? [];
  const nodes = collectFields(info.schema, info.fragments, edge, edges).get("node") ?? [];
  if (!nodes.length) return null;
  const plan = withinBudget(planNode(info.schema, info.fragments, nodeType, nodes));
  return plan.hops.length ? plan : null;
}

/**
 * The row properties the selection under the field being resolved reads on an entity of
 * `typeName` (its type's own fields and the Node fields, through fragments); null when a selected
 * field may read any. For a row held in part (graphql/common/whole-row.ts): whether what was sent
 * of it answers the selection. Worked out once per operation, field and type, as plans are.
 */
export function propsRead(info: GraphQLResolveInfo, typeName: string): readonly string[] | null {
  let byField = propsPlans.get(info.operation);
  if (!byField) propsPlans.set(info.operation, (byField = new WeakMap()));
  const field = info.fieldNodes[0]!;
  let byType = byField.get(field);
  if (!byType) byField.set(field, (byType = new Map()));
  let found = byType.get(typeName);
  if (found === undefined) {
    const type = info.schema.getType(typeName);
    found = isObjectType(type) ? planNode(info.schema, info.fragments, type, info.fieldNodes).props : null;
    byType.set(typeName, found);
  }
  return found;
}
const propsPlans = new WeakMap<OperationDefinitionNode, WeakMap<FieldNode, Map<string, string[] | null>>>();

/**
 * Most hops one statement carries. Neo4j plans a statement the first time it sees its text (then
 * keeps the plan), and planning grows with the number of COLLECT subqueries: about 25 ms a hop on
 * this machine, warm (8 hops 180 ms, 16 hops 450 ms, 40 hops 1 s; a cold server three times that).
 * Past the budget, the hops nearest the root are kept (they save the most round trips) and the
 * rest resolve through the loaders, which need nothing of the row but its id.
 */
export const MAX_PLANNED_HOPS = 8;

function withinBudget(plan: NodePlan, budget = MAX_PLANNED_HOPS): NodePlan {
  const kept = new Set<HopPlan>();
  let level: HopPlan[] = [...plan.hops];
  while (level.length && kept.size < budget) {
    const next: HopPlan[] = [];
    for (const h of level) {
      if (kept.size >= budget) break;
      kept.add(h);
      next.push(...h.node.hops);
    }
    level = next;
  }
  if (kept.size === countHops(plan)) return plan;
  const keep = (node: NodePlan): NodePlan => ({ ...node, hops: node.hops.filter((h) => kept.has(h)).map((h) => ({ ...h, node: keep(h.node) })) });
  return keep(plan);
}

function countHops(node: NodePlan): number {
  return node.hops.reduce((n, h) => n + 1 + countHops(h.node), 0);
}

function planNode(schema: GraphQLSchema, fragments: Record<string, FragmentDefinitionNode>, type: GraphQLObjectType, nodes: readonly FieldNode[]): NodePlan {
  const fields = collectFields(schema, fragments, type, nodes);
  const props = new Set<string>(["id"]);
  let whole = false;
  const hops = new Map<string, HopPlan>();
  for (const [name, fieldNodes] of fields) {
    if (name.startsWith("__")) continue;
    const extensions = type.getFields()[name]?.extensions ?? {};
    const relationship = extensions[RELATIONSHIP_EXTENSION] as RelationshipField | undefined;
    const reads = extensions[READS_EXTENSION] as readonly string[] | undefined;
    if (relationship) {
      const planned = fieldNodes.every((f) => !f.arguments?.length) ? planField(schema, fragments, type, name, relationship, fieldNodes) : null;
      // Not plannable as selected: the field resolves through the loaders, which need the whole row.
      if (!planned) whole = true;
      for (const p of planned ?? []) {
        const same = hops.get(p.key);
        hops.set(p.key, same ? mergeHops(same, p) : p);
      }
    } else if (reads) {
      for (const p of reads) props.add(p);
    } else {
      // A field resolver the declarations do not describe may read anything.
      whole = true;
    }
  }
  return { props: whole ? null : [...props], hops: [...hops.values()] };
}

function planField(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  parent: GraphQLObjectType,
  name: string,
  field: RelationshipField,
  fieldNodes: FieldNode[],
): HopPlan[] | null {
  const returned = getNamedType(parent.getFields()[name]!.type);
  const sortProps = field.order?.nodeProps ?? [];
  if (field.kind === "query") {
    return [
      {
        key: field.fragment,
        step: { kind: "query", fragment: field.fragment, label: field.label },
        relProps: [],
        node: nodeOf(schema, fragments, returned, fieldNodes, sortProps),
      },
    ];
  }
  const relSort = field.order?.relProps ?? [];
  if (field.kind === "nodes") {
    const node = nodeOf(schema, fragments, returned, fieldNodes, sortProps);
    return field.hops.map((hop) => ({ key: hopKey(hop), step: { kind: "link", hop }, relProps: [...relSort], node }));
  }
  if (!isObjectType(returned)) return null;
  const { wrapper } = field;
  const relProps = new Set(relSort);
  let wholeRel = false;
  const nodeFields: FieldNode[] = [];
  for (const [f, nodes] of collectFields(schema, fragments, returned, fieldNodes)) {
    if (f.startsWith("__") || (LINK_FIELDS as readonly string[]).includes(f)) continue;
    if (f === wrapper.other) nodeFields.push(...nodes);
    else if (f === wrapper.self) {
      // The wrapper's own end is the parent row, which holds only the parent's selected columns:
      // anything asked of it beyond its id goes to the loaders.
      if (nodes.some((n) => n.selectionSet?.selections.some((x) => !(x.kind === Kind.FIELD && (x.name.value === "id" || x.name.value === "__typename")))))
        return null;
    } else if (f === "sources") for (const p of CITATION_PROPS) relProps.add(p);
    else if (wrapper.rel[f]) relProps.add(wrapper.rel[f]!);
    else wholeRel = true;
  }
  const nodeType = getNamedType(returned.getFields()[wrapper.other]!.type);
  const node = nodeOf(schema, fragments, nodeType, nodeFields, sortProps);
  return field.hops.map((hop) => ({ key: hopKey(hop), step: { kind: "link", hop }, relProps: wholeRel ? null : [...relProps], node }));
}

function nodeOf(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  type: unknown,
  fieldNodes: FieldNode[],
  sortProps: readonly string[],
): NodePlan {
  // An interface or union could be any entity: fetch it whole and let its fields use the loaders.
  if (!isObjectType(type)) return { props: null, hops: [] };
  const plan = fieldNodes.length ? planNode(schema, fragments, type, fieldNodes) : { props: ["id"], hops: [] };
  return { ...plan, props: plan.props && [...new Set([...plan.props, ...sortProps])] };
}

function mergeHops(a: HopPlan, b: HopPlan): HopPlan {
  return { ...a, relProps: a.relProps && b.relProps && [...new Set([...a.relProps, ...b.relProps])], node: mergeNodes(a.node, b.node) };
}

function mergeNodes(a: NodePlan, b: NodePlan): NodePlan {
  const hops = new Map(a.hops.map((h) => [h.key, h]));
  for (const h of b.hops) hops.set(h.key, hops.has(h.key) ? mergeHops(hops.get(h.key)!, h) : h);
  return { props: a.props && b.props && [...new Set([...a.props, ...b.props])], hops: [...hops.values()] };
}

/** The fields selected on an object type, by field name (aliases merged), through fragments. */
function collectFields(schema: GraphQLSchema, fragments: Record<string, FragmentDefinitionNode>, type: GraphQLObjectType, nodes: readonly FieldNode[]) {
  const out = new Map<string, FieldNode[]>();
  const applies = (condition: string | undefined) => {
    if (!condition || condition === type.name) return true;
    const t = schema.getType(condition);
    return !!t && isAbstractType(t) && schema.isSubType(t, type);
  };
  // Each fragment once, as graphql-js collects fields: spreading one twice selects nothing more,
  // and fragments that spread each other twice must not make the walk exponential.
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        const list = out.get(sel.name.value) ?? [];
        list.push(sel);
        out.set(sel.name.value, list);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(sel.typeCondition?.name.value)) walk(sel.selectionSet);
      } else {
        const frag = fragments[sel.name.value];
        if (frag && !visited.has(sel.name.value) && applies(frag.typeCondition.name.value)) {
          visited.add(sel.name.value);
          walk(frag.selectionSet);
        }
      }
    }
  };
  for (const n of nodes) walk(n.selectionSet);
  return out;
}
