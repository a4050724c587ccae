import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generate, stream, type SynGraph } from "../../bench/synthetic.js";

// The benchmark's SYNTHETIC graph is generated as a stream (bench/synthetic.ts) so that 10M nodes
// need not fit in memory. These tests hold it to the graph the in-memory generator made before it
// streamed, so figures from earlier runs stay comparable.

/** Props with their keys sorted, so two maps with the same entries print the same. */
const canon = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canon)
    : v && typeof v === "object"
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, x]) => [k, canon(x)]),
        )
      : v;

/** The graph as two sorted lists of lines (multisets of nodes and of relationships). */
function lines(g: Pick<SynGraph, "nodes" | "rels">) {
  return {
    nodes: [...g.nodes.values()]
      .flat()
      .map((n) => JSON.stringify(canon([n.label, n.props])))
      .sort(),
    rels: [...g.rels.values()]
      .flat()
      .map((r) => JSON.stringify(canon([r.type, r.from, r.to, r.props])))
      .sort(),
  };
}

const sha = (xs: string[]) => createHash("sha256").update(xs.join("\n")).digest("hex");

describe("the streamed SYNTHETIC graph", () => {
  // Fingerprints of the graph generate() built in memory before generation streamed (commit
  // 8d641e2): node count, relationship count and the sha256 of each sorted multiset, as `lines` prints them.
  const BEFORE_STREAMING = [
    {
      size: 10_000,
      seed: 42,
      nodes: 9988,
      rels: 39432,
      nodeSha: "cafc71111ac23187236f4d9e78fe3e028878ec75356a03ed913b0d1f9b3495f4",
      relSha: "b09cbec4ff9302be833794ad3a9c1eb5dc3a6df9484bd741e128702a6f3d152a",
      pathTo: "partnership:syn-44",
      person: "person:syn-1362",
    },
    {
      size: 2000,
      seed: 7,
      nodes: 2003,
      rels: 7926,
      nodeSha: "266becc01634efc60a70265bafa84e3e952701c812a36ac66941479a8ac7ff1e",
      relSha: "371682b9d6a7de2e5175a71fa7bc35144ab8af751103acfd71ea5ab04203d44b",
      pathTo: "partnership:syn-8",
      person: "person:syn-272",
    },
  ];

  for (const f of BEFORE_STREAMING) {
    it(`is the graph the in-memory generator made before (${f.size} nodes asked, seed ${f.seed})`, () => {
      const g = generate(f.size, f.seed);
      const { nodes, rels } = lines(g);
      expect([nodes.length, rels.length]).toEqual([f.nodes, f.rels]);
      expect(sha(nodes)).toBe(f.nodeSha);
      expect(sha(rels)).toBe(f.relSha);
      expect(g.probes).toMatchObject({ pathTo: f.pathTo, person: f.person, partnership: "partnership:syn-0", meeting: "meeting:syn-0" });
    });
  }

  it("counts what it streams, and says the same probes as the collected graph", () => {
    let nodes = 0;
    let relationships = 0;
    const summary = stream(10_000, { node: () => void nodes++, rel: () => void relationships++ });
    const g = generate(10_000);
    expect(summary).toEqual({ nodes, relationships, probes: g.probes });
    expect({ nodes, relationships }).toEqual({ nodes: 9988, relationships: 39432 });
  });
});
