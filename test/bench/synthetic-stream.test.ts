import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeSyntheticCsv } from "../../bench/import.js";
import { generate, SCHEMA, stream, type Kind, type SynGraph } from "../../bench/synthetic.js";

/** The import type a value has, as neo4j-admin names it: what the generator's schema must declare for it. */
function kindOf(v: unknown): Kind | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "long" : "double";
  if (Array.isArray(v)) {
    const first = v.find((x) => x !== null && x !== undefined);
    if (first === undefined) return null;
    return `${kindOf(first) as "string" | "long" | "double"}[]`;
  }
  return "string";
}

// The benchmark's SYNTHETIC graph is generated as a stream (bench/synthetic.ts) so that 10M nodes
// need not fit in memory. These tests hold it to the graph the in-memory generator made before it
// streamed, so figures from earlier runs stay comparable, and check the CSV the importer writes
// from the stream carries that same graph.

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

  it("emits exactly the properties its schema declares, of the declared types", () => {
    const g = generate(10_000);
    // Mismatches collected, not asserted one by one: 10k nodes carry about half a million values.
    const wrong = new Set<string>();
    const check = (schema: Record<string, Record<string, Kind>>, name: string, props: Record<string, unknown>) => {
      const kinds = schema[name];
      if (!kinds) return void wrong.add(`${name}: not declared`);
      for (const k of Object.keys(kinds)) if (!(k in props)) wrong.add(`${name}.${k}: declared, not emitted`);
      for (const [k, v] of Object.entries(props)) {
        const kind = kinds[k];
        // An empty list has no element to type it by; any list kind takes it.
        if (!kind) wrong.add(`${name}.${k}: emitted, not declared`);
        else if (Array.isArray(v) && v.length === 0 ? !kind.endsWith("[]") : kindOf(v) !== kind) wrong.add(`${name}.${k}: ${kindOf(v)}, declared ${kind}`);
      }
    };
    for (const [label, list] of g.nodes) for (const n of list) check(SCHEMA.nodes, label, n.props);
    for (const [type, list] of g.rels) for (const r of list) check(SCHEMA.rels, type, r.props);
    expect([...wrong]).toEqual([]);
    expect(Object.keys(SCHEMA.nodes).sort()).toEqual([...g.nodes.keys()].sort());
    expect(Object.keys(SCHEMA.rels).sort()).toEqual([...g.rels.keys()].sort());
  });

  it("writes CSV that reads back as the same graph (empty lists named, to be set after the import)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-bench-csv-"));
    try {
      const { summary, args, emptyLists } = writeSyntheticCsv(dir, 10_000);
      const g = generate(10_000);
      expect(summary.probes).toEqual(g.probes);
      // One file per label and per type, in the order they first appear (the order the import tool reads them in).
      expect(args).toEqual([
        ...[...g.nodes.keys()].map((l) => `--nodes=Entity:${l}=${path.join(dir, `nodes-${l}.csv`)}`),
        ...[...g.rels.keys()].map((t) => `--relationships=${t}=${path.join(dir, `rels-${t}.csv`)}`),
      ]);
      expect(emptyLists).toEqual([
        { label: "Sector", props: ["aliases"] },
        { label: "Place", props: ["aliases"] },
        { label: "Partnership", props: ["aliases"] },
        { label: "Body", props: ["aliases"] },
        { label: "Seat", props: ["holderRoles", "holderOrganisationKinds"] },
        { label: "Priority", props: ["aliases"] },
      ]);
      const back: Pick<SynGraph, "nodes" | "rels"> = { nodes: new Map(), rels: new Map() };
      for (const label of g.nodes.keys()) {
        const empty = emptyLists.find((e) => e.label === label)?.props ?? [];
        back.nodes.set(
          label,
          readCsv(path.join(dir, `nodes-${label}.csv`)).map((row) => {
            const props = { ...row };
            for (const p of empty) props[p] ??= [];
            return { label, props };
          }),
        );
      }
      for (const type of g.rels.keys()) {
        back.rels.set(
          type,
          readCsv(path.join(dir, `rels-${type}.csv`)).map(({ ":START_ID": from, ":END_ID": to, ...props }) => ({
            type,
            from: from as string,
            to: to as string,
            props,
          })),
        );
      }
      expect(lines(back)).toEqual(lines(g));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Reads one of the import CSVs as neo4j-admin would: header `name:type`, quoted strings, lists split on ";", an empty cell absent. */
function readCsv(file: string): Record<string, unknown>[] {
  const [header, ...rows] = fs.readFileSync(file, "utf8").trimEnd().split("\n");
  const columns = cells(header!).map(({ text }) => {
    const at = text.lastIndexOf(":");
    const [name, type] = text.startsWith(":") ? [text, "string"] : [text.slice(0, at), text.slice(at + 1)];
    return { name: name === "id" || type === "ID" ? "id" : name, type: type === "ID" ? "string" : type };
  });
  const scalar = (s: string, type: string) =>
    type.startsWith("long") || type.startsWith("double") ? Number(s) : type.startsWith("boolean") ? s === "true" : s;
  return rows.map((line) => {
    const row: Record<string, unknown> = {};
    cells(line).forEach(({ text, quoted }, i) => {
      const { name, type } = columns[i]!;
      if (!quoted && text === "") return;
      row[name] = type.endsWith("[]") ? text.split(";").map((x) => scalar(x, type)) : scalar(text, type);
    });
    return row;
  });
}

/** The cells of one CSV line: commas outside quotes separate, "" inside quotes is a quote. */
function cells(line: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let text = "";
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (line[q + 1] === '"') {
          text += `${line.slice(i, q)}"`;
          i = q + 2;
        } else {
          text += line.slice(i, q);
          i = q + 1;
          break;
        }
      }
      out.push({ text, quoted: true });
      i++; // the comma
    } else {
      const end = line.indexOf(",", i);
      const stop = end === -1 ? line.length : end;
      out.push({ text: line.slice(i, stop), quoted: false });
      i = stop + 1;
    }
  }
  return out;
}
