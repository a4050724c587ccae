import { attributeText, EDGE_ATTRIBUTES, labelOf, NODE_ATTRIBUTES, type Attribute } from "./attributes.js";
import { colourOf } from "./colours.js";
import type { ExportContext, ExportCounts, ExportFormat } from "./format.js";
import { evidence } from "./graphml.js";
import { xml } from "./xml.js";

/*
 * GEXF 1.3 (https://gexf.net/), Gephi's own format: labels as the node's label, colours as
 * viz:color, so Gephi shows the graph as the explorer does without any styling. Attributes are
 * declared per class before the nodes; nodes come before edges, as GEXF requires.
 */

const GEXF_TYPES: Record<Attribute["type"], string> = { string: "string", long: "long", double: "double", boolean: "boolean" };
const EVIDENCE: Attribute[] = ["quotes", "documents", "offsets"].map((name) => ({ name, type: "string" }));
const NODE_KEYS: Attribute[] = [{ name: "entityType", type: "string" }, ...EVIDENCE, ...NODE_ATTRIBUTES];
const EDGE_KEYS: Attribute[] = [{ name: "type", type: "string" }, ...EVIDENCE, ...EDGE_ATTRIBUTES];

function declarations(cls: "node" | "edge", keys: Attribute[]): string {
  return `<attributes class="${cls}">${keys.map((k) => `<attribute id="${cls[0]}_${k.name}" title="${k.name}" type="${GEXF_TYPES[k.type]}"/>`).join("")}</attributes>\n`;
}

function attvalues(cls: "node" | "edge", keys: Attribute[], values: Record<string, unknown>): string {
  let out = "";
  for (const k of keys) {
    const text = attributeText(values[k.name]);
    if (text !== null) out += `<attvalue for="${cls[0]}_${k.name}" value="${xml(text)}"/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : "";
}

async function write({ pages, sink }: ExportContext): Promise<ExportCounts> {
  const counts = { nodes: 0, edges: 0 };
  await sink.write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n` +
      `<meta><creator>partnership-graph</creator><description>Partnership Graph export</description></meta>\n` +
      `<graph defaultedgetype="directed" mode="static">\n`,
  );
  await sink.write(declarations("node", NODE_KEYS) + declarations("edge", EDGE_KEYS) + `<nodes>\n`);
  for await (const page of pages.nodes()) {
    for (const n of page) {
      const c = colourOf(n.kind);
      const values = { ...n.props, entityType: n.kind, ...evidence(n.citations) };
      await sink.write(
        `<node id="${xml(n.id)}" label="${xml(labelOf(n.props, n.id))}">${attvalues("node", NODE_KEYS, values)}<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/></node>\n`,
      );
      counts.nodes++;
    }
  }
  await sink.write(`</nodes>\n<edges>\n`);
  for await (const page of pages.edges()) {
    for (const e of page) {
      const values = { ...e.props, type: e.type, ...evidence(e.citations) };
      await sink.write(
        `<edge id="${xml(e.key)}" source="${xml(e.from)}" target="${xml(e.to)}" label="${e.type}">${attvalues("edge", EDGE_KEYS, values)}</edge>\n`,
      );
      counts.edges++;
    }
  }
  await sink.write(`</edges>\n</graph>\n</gexf>\n`);
  return counts;
}

export const gexf: ExportFormat = { contentType: "application/gexf+xml; charset=utf-8", extension: "gexf", write };
