import { int } from "../neo4j/convert.js";
import { cypher } from "../neo4j/cypher-files.js";
import type { Neo4jGateway } from "../neo4j/gateway.js";
import { CITATION_PROPS, citationsOf, type CitationValue, type EntityRow, type RelRow } from "../neo4j/rows.js";
import { ExportArgumentError, type ExportOptions } from "./options.js";

const SCOPE = cypher("export/partnership-scope");
const NODES_PAGE = cypher("export/nodes-page");
const RELATIONSHIPS_PAGE = cypher("export/relationships-page");
const SEAT_HOLDERS = cypher("export/seat-holders");

/** Rows a page asks Neo4j for: a few MB of text at most, and few enough round trips (1k pages per 1M nodes). */
export const PAGE_SIZE = 1000;

/** An entity as the exports see it: its kind (label), plain properties, citations and chosen links. */
export interface ExportNode {
  id: string;
  kind: string;
  props: Record<string, unknown>;
  citations: CitationValue[];
  /** Its relationships of the types asked for, out of it: {type, id of the other end}. */
  links: Link[];
}

export interface ExportEdge {
  key: string;
  type: string;
  from: string;
  to: string;
  fromKind: string;
  toKind: string;
  props: Record<string, unknown>;
  citations: CitationValue[];
  /** The links of its end (`to`) of the types asked for. */
  toLinks: Link[];
}

export interface Link {
  type: string;
  id: string;
}

/** Plain properties: the citation columns are given as citations, the key as the edge's key. */
function plainProps(row: Record<string, unknown>, drop: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== null && !drop.includes(k)) out[k] = v;
  return out;
}
const NODE_INTERNALS = [...CITATION_PROPS, "labels", "id"];
const EDGE_INTERNALS = [...CITATION_PROPS, "key"];

/**
 * The shared reader of the exports: the graph, or the part of it an export is limited to, in pages
 * read one after another by keyset (id order), so a format writes each page and forgets it. Only
 * a --partnership export holds anything across pages: the ids of that partnership's part of the
 * graph (see cypher/export/partnership-scope.cypher), which Neo4j checks each page against.
 */
export class GraphPages {
  private constructor(
    private readonly gateway: Neo4jGateway,
    private readonly scope: string[] | null,
    readonly asOf: string | null,
    private readonly pageSize: number,
  ) {}

  /** Opens the export's view of the graph; an unknown partnership is an ExportArgumentError. */
  static async open(gateway: Neo4jGateway, options: Pick<ExportOptions, "partnership" | "asOf">, pageSize = PAGE_SIZE): Promise<GraphPages> {
    let scope: string[] | null = null;
    if (options.partnership) {
      const [row] = await gateway.read(SCOPE, { partnership: options.partnership });
      scope = (row?.ids as string[] | undefined) ?? [];
      if (scope.length === 0) throw new ExportArgumentError(`partnership ${options.partnership} is not in the graph`);
    }
    return new GraphPages(gateway, scope, options.asOf ?? null, pageSize);
  }

  /** Entities of the given kinds (all when none), a page at a time, in id order. */
  async *nodes(opts: { kinds?: readonly string[]; linkTypes?: readonly string[] } = {}): AsyncGenerator<ExportNode[]> {
    let after = "";
    for (;;) {
      const rows = await this.gateway.read(NODES_PAGE, {
        after,
        limit: int(this.pageSize),
        labels: opts.kinds ?? null,
        scope: this.scope,
        asOf: this.asOf,
        linkTypes: opts.linkTypes ?? [],
      });
      if (rows.length === 0) return;
      const page: ExportNode[] = [];
      for (const r of rows) {
        const node = r.node as EntityRow;
        after = node.id;
        if (!r.keep) continue;
        page.push({
          id: node.id,
          kind: node.labels.find((l) => l !== "Entity") ?? "Entity",
          props: plainProps(node, NODE_INTERNALS),
          citations: citationsOf(node),
          links: r.links as Link[],
        });
      }
      if (page.length) yield page;
      if (rows.length < this.pageSize) return;
    }
  }

  /** Relationships of the given types (all when none), a page at a time, by start id and key. */
  async *edges(opts: { types?: readonly string[]; linkTypes?: readonly string[] } = {}): AsyncGenerator<ExportEdge[]> {
    let afterFrom = "";
    let afterKey = "";
    for (;;) {
      const rows = await this.gateway.read(RELATIONSHIPS_PAGE, {
        afterFrom,
        afterKey,
        limit: int(this.pageSize),
        types: opts.types ?? null,
        scope: this.scope,
        asOf: this.asOf,
        linkTypes: opts.linkTypes ?? [],
      });
      if (rows.length === 0) return;
      const page: ExportEdge[] = [];
      for (const r of rows) {
        afterFrom = r.from as string;
        afterKey = r.key as string;
        if (!r.keep) continue;
        const rel = r.rel as RelRow;
        page.push({
          key: r.key as string,
          type: r.type as string,
          from: r.from as string,
          to: r.to as string,
          fromKind: r.fromKind as string,
          toKind: r.toKind as string,
          props: plainProps(rel, EDGE_INTERNALS),
          citations: citationsOf(rel),
          toLinks: r.toLinks as Link[],
        });
      }
      if (page.length) yield page;
      if (rows.length < this.pageSize) return;
    }
  }

  /** For a page of seats, the body or partnership their terms govern (a Popolo post's organisation). */
  async seatHolders(seatIds: string[]): Promise<Map<string, string>> {
    const rows = await this.gateway.read(SEAT_HOLDERS, { ids: seatIds, scope: this.scope });
    return new Map(rows.map((r) => [r.seat as string, r.organisation as string]));
  }
}
