import { attributeText, EDGE_ATTRIBUTES, labelOf, NODE_ATTRIBUTES, type Attribute } from "./attributes.js";
import { colourOf } from "./colours.js";
import type { ExportContext, ExportCounts, ExportFormat } from "./format.js";
import type { CitationValue } from "../neo4j/rows.js";
import { xml } from "./xml.js";

/*
 * GraphML (http://graphml.graphdrawing.org/): every key declared before the graph, nodes then edges.
 * Besides the model's properties, each node has its entityType (label in Neo4j), a label and colour (a #rrggbb `color` that
 * Cytoscape maps with a passthrough style, and r, g, b that Gephi's GraphML importer reads), and
 * each node and edge its evidence: the quotes, their documents and offsets, in parallel lists.
 */

const EVIDENCE: Attribute[] = [
  { name: "quotes", type: "string" },
  { name: "documents", type: "string" },
  { name: "offsets", type: "string" },
];
const NODE_KEYS: Attribute[] = [
  { name: "entityType", type: "string" },
  { name: "label", type: "string" },
  { name: "color", type: "string" },
  { name: "r", type: "long" },
  { name: "g", type: "long" },
  { name: "b", type: "long" },
  ...EVIDENCE,
  ...NODE_ATTRIBUTES,
];
const EDGE_KEYS: Attribute[] = [{ name: "type", type: "string" }, { name: "label", type: "string" }, ...EVIDENCE, ...EDGE_ATTRIBUTES];

/** Quotes are joined by a separator no quote holds (a quote is one passage of a document). */
export const EVIDENCE_SEPARATOR = " ¦ ";

export function evidence(citations: CitationValue[]): Record<string, string | null> {
  if (citations.length === 0) return { quotes: null, documents: null, offsets: null };
  return {
    quotes: citations.map((c) => c.quote).join(EVIDENCE_SEPARATOR),
    documents: citations.map((c) => c.documentId).join(EVIDENCE_SEPARATOR),
    offsets: citations.map((c) => `${c.start}-${c.end}`).join(EVIDENCE_SEPARATOR),
  };
}

const keyId = (scope: "n" | "e", name: string) => `${scope}_${name}`;

function data(scope: "n" | "e", keys: Attribute[], values: Record<string, unknown>): string {
  let out = "";
  for (const k of keys) {
    const text = attributeText(values[k.name]);
    if (text !== null) out += `<data key="${keyId(scope, k.name)}">${xml(text)}</data>`;
  }
  return out;
}

async function write({ pages, sink }: ExportContext): Promise<ExportCounts> {
  const counts = { nodes: 0, edges: 0 };
  await sink.write(
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`,
  );
  for (const k of NODE_KEYS) await sink.write(`<key id="${keyId("n", k.name)}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>\n`);
  for (const k of EDGE_KEYS) await sink.write(`<key id="${keyId("e", k.name)}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>\n`);
  await sink.write(`<graph id="partnership-graph" edgedefault="directed">\n`);
  for await (const page of pages.nodes()) {
    for (const n of page) {
      const c = colourOf(n.kind);
      const values = { ...n.props, entityType: n.kind, label: labelOf(n.props, n.id), color: c.hex, r: c.r, g: c.g, b: c.b, ...evidence(n.citations) };
      await sink.write(`<node id="${xml(n.id)}">${data("n", NODE_KEYS, values)}</node>\n`);
      counts.nodes++;
    }
  }
  for await (const page of pages.edges()) {
    for (const e of page) {
      const values = { ...e.props, type: e.type, label: e.type, ...evidence(e.citations) };
      await sink.write(`<edge id="${xml(e.key)}" source="${xml(e.from)}" target="${xml(e.to)}">${data("e", EDGE_KEYS, values)}</edge>\n`);
      counts.edges++;
    }
  }
  await sink.write(`</graph>\n</graphml>\n`);
  return counts;
}

export const graphml: ExportFormat = { contentType: "application/graphml+xml; charset=utf-8", extension: "graphml", write };
