import { toPlain } from "../../neo4j/convert.js";
import { cypher, cypherNames } from "../../neo4j/cypher-files.js";
import type { GraphQLContext } from "../context.js";
import type { EntityRow, LinkRow, RelRow } from "../../neo4j/rows.js";
import type { NodePlan } from "./plan.js";

/*
 * Fetches a root entity and every relationship field its query nests under it in ONE statement,
 * and hangs each field's answer on the row it belongs to. The resolvers then find their answers
 * on their parent rows (relationships/resolve.ts asks `prefetched` before the loaders), so a nested query costs
 * one round trip, and only the properties it reads cross the wire.
 *
 * Rows built here carry only those properties. They are never primed into the per-request
 * loaders, which promise whole rows to whoever asks next.
 */

const PREFETCHED = Symbol("prefetched");

type Prefetched = Map<string, LinkRow[] | EntityRow[]>;

/** The prefetched answer of a relationship field of this row, if the row's query planned it. */
export function prefetched<T extends LinkRow[] | EntityRow[]>(row: object, key: string): T | undefined {
  return (row as { [PREFETCHED]?: Prefetched })[PREFETCHED]?.get(key) as T | undefined;
}

/**
 * The fragments of cypher/prefetch without their comment lines, which would end mid-statement once
 * spliced; all of them, when the module loads.
 */
const FRAGMENTS = new Map(
  cypherNames("prefetch").map((name) => [
    name.slice("prefetch/".length),
    cypher(name)
      .split("\n")
      .filter((l) => !l.trim().startsWith("//"))
      .join("\n"),
  ]),
);

function fragment(name: string): string {
  const text = FRAGMENTS.get(name);
  if (text === undefined) throw new Error(`No prefetch fragment cypher/prefetch/${name}.cypher`);
  return text;
}

type Statement = { text: string; params: Record<string, unknown> };

// Plans are kept per query document (plan.ts), so their statements can be kept per plan.
const composed = { root: new WeakMap<NodePlan, Statement>(), roots: new WeakMap<NodePlan, Statement>() };

function statementFor(plan: NodePlan, root: "root" | "roots"): Statement {
  let statement = composed[root].get(plan);
  if (!statement) {
    statement = composePrefetch(plan, root);
    composed[root].set(plan, statement);
  }
  return statement;
}

/** The statement and parameters for a plan. Only the shape comes from the plan; every value is a parameter. */
export function composePrefetch(plan: NodePlan, root: "root" | "roots" = "root"): Statement {
  const params: Record<string, unknown> = { props0: plan.props };
  let next = 0;
  const hops = (node: NodePlan, parent: number): string =>
    node.hops
      .map((h) => {
        const i = ++next;
        params[`props${i}`] = h.node.props;
        let template: string;
        if (h.step.kind === "query") {
          template = fragment(h.step.fragment);
        } else {
          const { hop } = h.step;
          template = fragment(hop.direction === "OUT" ? "link-out" : "link-in");
          params[`types${i}`] = hop.types;
          params[`label${i}`] = hop.label ?? null;
          params[`relProps${i}`] = h.relProps;
        }
        const nested = hops(h.node, i);
        // A function, not a string, as the replacement: the fragments are full of $, which a
        // replacement string would read as patterns.
        return template
          .replaceAll("{{parent}}", String(parent))
          .replaceAll("{{i}}", String(i))
          .replace("{{hops}}", () => nested);
      })
      .join(",\n");
  const nested = hops(plan, 0);
  const text = fragment(root).replace("{{hops}}", () => nested);
  return { text, params };
}

/*
 * Neo4j plans a statement the first time it sees its text (then keeps the plan, up to its query
 * cache of 1000), and a composed statement takes tens to hundreds of milliseconds of its CPU to
 * plan. A stream of new query shapes (a fuzzer, a scraper, or just many front ends deploying at
 * once) would spend the database on planning, and every other request would queue behind it. So
 * only one statement Neo4j has not seen yet is sent at a time; while one is being planned, other
 * new shapes resolve through the loaders (fixed statements, planned long ago: same answers, a few
 * more round trips), and are planned when they come again.
 */
const SEEN_LIMIT = 1000;
const seen = new Set<string>();
let novelInFlight = false;

/** Sends the statement if Neo4j has planned its text, or may plan it now; undefined when declined. */
async function send(ctx: GraphQLContext, text: string, params: Record<string, unknown>): Promise<Record<string, unknown>[] | undefined> {
  if (seen.has(text)) return ctx.gateway.readUnconverted(text, params, ctx.roundTrips);
  if (novelInFlight) return undefined;
  novelInFlight = true;
  try {
    const rows = await ctx.gateway.readUnconverted(text, params, ctx.roundTrips);
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.add(text);
    return rows;
  } finally {
    novelInFlight = false;
  }
}

/** The root entity with its planned fields attached; null for an unknown id; undefined when declined (see send). */
export async function prefetchEntity(ctx: GraphQLContext, id: string, plan: NodePlan): Promise<EntityRow | null | undefined> {
  const { text, params } = statementFor(plan, "root");
  const found = await send(ctx, text, { ...params, id });
  if (!found) return undefined;
  // The root's record, then its fields' items in order (cypher/prefetch/root.cypher).
  const head = found.find((r) => r.hop === null);
  if (!head) return null;
  const items = plan.hops.map((): unknown[] => []);
  for (const r of found) if (r.hop !== null) items[r.hop as number]!.push(r.item);
  const root = toRow(plan.props, head.labels as string[], head.props);
  attach(root, plan, items);
  return root;
}

/**
 * The planned fields of a page's nodes, in one statement for the whole page. Returns copies of the
 * rows carrying the answers: the originals are shared through the entity loader, where another
 * field with another selection may find them. The rows as they are when declined (see send).
 */
export async function prefetchPage(ctx: GraphQLContext, rows: EntityRow[], plan: NodePlan): Promise<EntityRow[]> {
  if (!rows.length) return rows;
  const { text, params } = statementFor(plan, "roots");
  const found = await send(ctx, text, { ...params, ids: rows.map((r) => r.id) });
  if (!found) return rows;
  const byId = new Map(found.map((f) => [f.id as string, f.hops as unknown[][]]));
  return rows.map((row) => {
    const copy = { ...row };
    attach(copy, plan, byId.get(row.id) ?? []);
    return copy;
  });
}

type Item = [string | null, unknown, string[] | null, unknown, unknown[][]];

// Builds rows straight from the positional lists: this walk touches every value of a large
// answer, so it allocates one object per row and nothing else it can avoid.
function attach(row: EntityRow, plan: NodePlan, values: unknown[][]): void {
  const answers: Prefetched = new Map();
  for (let j = 0; j < plan.hops.length; j++) {
    const h = plan.hops[j]!;
    const items = (values[j] ?? []) as Item[];
    const node = h.node;
    const nested = node.hops.length > 0;
    if (h.step.kind === "query") {
      const labels = ["Entity", h.step.label];
      const rows = new Array<EntityRow>(items.length);
      for (let k = 0; k < items.length; k++) {
        const item = items[k]!;
        const r = toRow(node.props, labels, item[3]);
        if (nested) attach(r, node, item[4]);
        rows[k] = r;
      }
      answers.set(h.key, rows);
      continue;
    }
    const { direction, types, label } = h.step.hop;
    const fixedLabels = label ? ["Entity", label] : null;
    const links = new Array<LinkRow>(items.length);
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      const r = toRow(node.props, item[2] ?? fixedLabels!, item[3]);
      if (nested) attach(r, node, item[4]);
      links[k] = { type: item[0] ?? types[0]!, direction, rel: toRow(h.relProps, null, item[1]) as RelRow, node: r };
    }
    answers.set(h.key, links);
  }
  (row as { [PREFETCHED]?: Prefetched })[PREFETCHED] = answers;
}

/**
 * Names and values back into an object; a missing property stays missing, as in a whole row.
 * names null: the statement returned the whole property map.
 */
function toRow(names: string[] | null, labels: string[] | null, values: unknown): EntityRow {
  let out: Record<string, unknown>;
  if (names === null) {
    out = toPlain(values ?? {}) as Record<string, unknown>;
  } else {
    out = {};
    const list = values as unknown[];
    for (let k = 0; k < names.length; k++) {
      const v = list[k];
      if (v !== null && v !== undefined) out[names[k]!] = typeof v === "object" ? toPlain(v) : v;
    }
  }
  if (labels) out.labels = labels;
  return out as EntityRow;
}
