import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KINDS } from "../../explorer/src/kinds.js";
import { KIND_COLOURS } from "../../src/export/colours.js";
import { EntityType } from "../../src/graphql/common/entity-type.js";
import type { openTestDatabase } from "../helpers/db.js";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";
import { fetchExport, graphCounts } from "./graph-counts.js";

type Data = { "@_key": string; "#text": string | number };
type GraphMLNode = { "@_id": string; data: Data[] };
type GraphMLEdge = { "@_id": string; "@_source": string; "@_target": string; data: Data[] };

const parser = new XMLParser({
  ignoreAttributes: false,
  // Lists stay lists even with one element, so a graph of one node reads like a graph of many.
  isArray: (name) => ["key", "node", "edge", "data", "attribute", "attvalue"].includes(name),
  parseTagValue: false,
});

describe("GET /export/graphml and /export/gexf", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;
  let counts: Awaited<ReturnType<typeof graphCounts>>;

  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
    counts = await graphCounts(db.gateway);
  });
  afterAll(() => stopSeededServer({ db, server }));

  it("GraphML parses back to as many nodes and edges as the graph has, each edge between exported nodes", async () => {
    const res = await fetchExport(server, "/export/graphml");
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/graphml\+xml/);
    expect(res.disposition).toBe('attachment; filename="partnership-graph.graphml"');
    const graph = (
      parser.parse(res.text) as { graphml: { key: { "@_id": string; "@_attr.name": string }[]; graph: { node: GraphMLNode[]; edge: GraphMLEdge[] } } }
    ).graphml;
    expect(graph.graph.node).toHaveLength(counts.nodes);
    expect(graph.graph.edge).toHaveLength(counts.edges);
    const ids = new Set(graph.graph.node.map((n) => n["@_id"]));
    for (const e of graph.graph.edge) expect(ids.has(e["@_source"]) && ids.has(e["@_target"]), e["@_id"]).toBe(true);
    // Every data element uses a declared key.
    const declared = new Set(graph.key.map((k) => k["@_id"]));
    for (const n of graph.graph.node) for (const d of n.data) expect(declared, d["@_key"]).toContain(d["@_key"]);
  });

  it("GraphML gives a known person with kind, label, colour and quote, and an edge with its date and quote", async () => {
    const graph = (parser.parse((await fetchExport(server, "/export/graphml")).text) as { graphml: { graph: { node: GraphMLNode[]; edge: GraphMLEdge[] } } })
      .graphml.graph;
    const values = (d: Data[]) => Object.fromEntries(d.map((x) => [x["@_key"], String(x["#text"])]));
    const talbot = values(graph.node.find((n) => n["@_id"] === "person:damian-talbot")!.data);
    expect(talbot).toMatchObject({ n_entityType: "Person", n_label: "Damian Talbot", n_color: KIND_COLOURS.Person, n_honorific: "Councillor" });
    expect(talbot.n_quotes).toContain("Damian Talbot");
    const chair = values(
      graph.edge.find(
        (e) => e["@_source"] === "person:damian-talbot" && e["@_target"] === "body:lsc-icp" && e.data.some((d) => d["#text"] === "HELD_POSITION"),
      )!.data,
    );
    expect(chair).toMatchObject({
      e_type: "HELD_POSITION",
      e_position: "Chair",
      e_since: "2024-03-25",
      e_quotes: "Councilor Damian Talbot be elected as Chair of the ICP for 2024/25",
    });
  });

  it("GEXF parses back to the graph's counts, with a label and a viz colour on every node", async () => {
    const res = await fetchExport(server, "/export/gexf");
    expect(res.status).toBe(200);
    const gexf = (
      parser.parse(res.text) as {
        gexf: {
          graph: { nodes: { node: { "@_id": string; "@_label": string; "viz:color": { "@_r": string } }[] }; edges: { edge: { "@_source": string }[] } };
        };
      }
    ).gexf.graph;
    expect(gexf.nodes.node).toHaveLength(counts.nodes);
    expect(gexf.edges.edge).toHaveLength(counts.edges);
    for (const n of gexf.nodes.node) {
      expect(n["@_label"], n["@_id"]).toBeTruthy();
      expect(n["viz:color"]["@_r"], n["@_id"]).toMatch(/^\d+$/);
    }
    expect(gexf.nodes.node.find((n) => n["@_id"] === "meeting:lsc-icp-2024-03-25")!["@_label"]).toMatch(/Integrated Care Partnership|ICP/);
  });

  it("colours each kind as the explorer does", () => {
    for (const [name, kind] of Object.entries(KINDS)) expect(KIND_COLOURS[EntityType[name as keyof typeof EntityType]], name).toBe(kind.colour);
  });
});
