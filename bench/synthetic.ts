/**
 * A deterministic SYNTHETIC graph in the shape of the real one, for benchmarks only: systems,
 * places, partnerships and their bodies; organisations by sector; people with career moves; meetings
 * with 10–30 attendance records, agenda items and resolutions; priorities whose lineage runs across
 * 3–8 events; terms of reference with seats and quorum rules. Every node carries synthetic: true and
 * an id with "syn-" in it, and is never written to data/.
 *
 * The generator streams: `stream()` hands each node and relationship to a sink as it makes it and
 * keeps only counters (ids are computed from them), so a 10M-node graph never has to fit in memory;
 * bench/import.ts writes it straight into the import CSVs. `generate()` is the same stream collected
 * into maps, for the UNWIND load and the tests.
 */

export interface SynNode {
  label: string;
  props: Record<string, unknown>;
}
export interface SynRel {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
/** Ids the benchmark queries use. */
export interface SynProbes {
  person: string;
  partnership: string;
  meeting: string;
  priority: string;
  pathFrom: string;
  pathTo: string;
  searchText: string;
  middleCursorName: string;
}
export interface SynGraph {
  nodes: Map<string, SynNode[]>;
  rels: Map<string, SynRel[]>;
  probes: SynProbes;
}
/** What a streamed generation leaves behind: the probes and how much it emitted. */
export interface SynSummary {
  probes: SynProbes;
  nodes: number;
  relationships: number;
}

/** Where `stream()` sends the graph, in generation order. Every props map has exactly the keys SCHEMA declares for its label or type. */
export interface SynSink {
  node(label: string, props: Record<string, unknown>): void;
  rel(type: string, from: string, to: string, props: Record<string, unknown>): void;
}

/** Property types, as neo4j-admin import's CSV headers name them. */
export type Kind = "string" | "long" | "double" | "boolean" | "string[]" | "long[]" | "double[]";

const CITE = { citeDoc: "string[]", citeQuote: "string[]", citeStart: "long[]", citeEnd: "long[]", synthetic: "boolean" } as const;
const named = { name: "string", aliases: "string[]" } as const;
const plain = { key: "string", ...CITE } as const;

/**
 * The generator's schema, declared once: every property of every label and relationship type it
 * emits, with its type (nodes' `id` included). The CSV writer takes its columns from here, so it
 * need not look at the rows first; the tests check every emitted value against it.
 */
export const SCHEMA: { nodes: Record<string, Record<string, Kind>>; rels: Record<string, Record<string, Kind>> } = {
  nodes: {
    Sector: { id: "string", ...named, ...CITE },
    Place: { id: "string", ...named, level: "string", ...CITE },
    Partnership: { id: "string", ...named, level: "string", ...CITE },
    Body: { id: "string", ...named, kind: "string", level: "string", ...CITE },
    TermsOfReference: { id: "string", title: "string", version: "string", status: "string", approved: "string", effectiveFrom: "string", ...CITE },
    Seat: {
      id: "string",
      ordinal: "long",
      sectorText: "string",
      organisationText: "string",
      position: "string",
      holderRoles: "string[]",
      holderOrganisationKinds: "string[]",
      ...CITE,
    },
    Rule: { id: "string", kind: "string", ordinal: "long", text: "string", spec: "string", ...CITE },
    Organisation: { id: "string", ...named, kind: "string", ...CITE },
    Person: { id: "string", ...named, ...CITE },
    Meeting: { id: "string", title: "string", date: "string", kind: "string", status: "string", ...CITE },
    AgendaItem: { id: "string", number: "string", title: "string", ...CITE },
    Resolution: { id: "string", text: "string", outcome: "string", ...CITE },
    Priority: { id: "string", ...named, kind: "string", ...CITE },
  },
  rels: {
    PART_OF: plain,
    COVERS: plain,
    BODY_OF: plain,
    REPORTS_TO: plain,
    GOVERNS: plain,
    HAS_SEAT: { ...plain, basis: "string" },
    SEAT_SECTOR: plain,
    HAS_RULE: { ...plain, basis: "string" },
    FOUNDED_BY: plain,
    AFFILIATED_WITH: { ...plain, role: "string", asOf: "string" },
    MEETING_OF: plain,
    ATTENDED: { ...plain, status: "string", representing: "string" },
    HAS_ITEM: plain,
    HAS_RESOLUTION: plain,
    RAISED_AT: { ...plain, date: "string" },
    DISCUSSED_AT: { ...plain, date: "string" },
    PROPOSED_FOR: { ...plain, date: "string" },
    AGREED_AT: { ...plain, date: "string" },
    APPROVED_AT: { ...plain, date: "string" },
  },
};

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Ann", "Bob", "Cath", "Dan", "Eve", "Fay", "Gil", "Hal", "Ian", "Jo", "Kai", "Lee", "Mo", "Nia", "Oli", "Pat", "Quin", "Ray", "Sam", "Tess"];
const LAST = [
  "Able",
  "Baker",
  "Cole",
  "Dee",
  "Eden",
  "Ford",
  "Gray",
  "Hill",
  "Ivy",
  "Jones",
  "King",
  "Lamb",
  "Moss",
  "Nash",
  "Owen",
  "Page",
  "Quay",
  "Reed",
  "Shaw",
  "Tate",
];
const SECTORS = ["Local Government", "NHS ICB", "Providers", "VCFSE", "Public Health", "Housing", "Police", "Education"];
const KINDS = ["district-council", "nhs-trust", "vcfse", "county-council", "police", "college", "icb", "unitary-council"];
const STATUSES = ["present", "present", "present", "apologies", "in_attendance"];
const STEPS = ["RAISED_AT", "DISCUSSED_AT", "PROPOSED_FOR", "AGREED_AT", "APPROVED_AT"];

const cite = (n: number) => ({ citeDoc: [`doc:syn-${n % 997}`], citeQuote: ["SYNTHETIC"], citeStart: [0], citeEnd: [9], synthetic: true });

/**
 * Generates the graph of about `targetNodes` nodes for `seed` into `sink`, in a fixed order (the
 * same random draws in the same order as ever, so the same graph for the same size and seed: the
 * figures of earlier runs stay comparable). Holds nothing but counters and one meeting's attendees.
 */
export function stream(targetNodes: number, sink: SynSink, seed = 42): SynSummary {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  // A node's citation names one of 997 synthetic documents by how many labels have appeared so far.
  const labels = new Set<string>();
  let nodeCount = 0;
  let relCount = 0;
  const node = (label: string, props: Record<string, unknown>) => {
    labels.add(label);
    nodeCount++;
    sink.node(label, { ...props, ...cite(labels.size) });
  };
  const rel = (type: string, from: string, to: string, props: Record<string, unknown> = {}) => {
    relCount++;
    sink.rel(type, from, to, { key: `${from}|${type}|${to}`, ...props, ...cite(from.length) });
  };

  // Proportions chosen so that meetings with their attendance, items and resolutions dominate, as in the documents.
  // The shares below add up to about half a node per unit (each partnership brings its bodies,
  // terms and seats; each meeting its items and resolutions), hence SCALE.
  const SCALE = 2.27;
  const n = (share: number, min = 1) => Math.max(min, Math.round(targetNodes * share * SCALE));
  const places = n(0.002, 3);
  const partnerships = n(0.002, 2);
  const bodiesPer = 3;
  const orgs = n(0.02, 5);
  const people = n(0.12, 10);
  const meetings = n(0.06, 3);
  const itemsPer = 2;
  const priorities = n(0.02, 2);
  // The j-th body, partnership by partnership, as they are made below.
  const bodyId = (j: number) => `body:syn-${Math.floor(j / bodiesPer)}-${j % bodiesPer}`;

  for (let i = 0; i < SECTORS.length; i++) node("Sector", { id: `sector:syn-${i}`, name: `${SECTORS[i]} (synthetic)`, aliases: [] });
  for (let i = 0; i < places; i++) {
    node("Place", { id: `place:syn-${i}`, name: `Syntown ${i}`, aliases: [], level: i === 0 ? "system" : "place" });
    if (i > 0) rel("PART_OF", `place:syn-${i}`, "place:syn-0");
  }
  for (let i = 0; i < partnerships; i++) {
    node("Partnership", { id: `partnership:syn-${i}`, name: `Synthetic Partnership ${String(i).padStart(6, "0")}`, aliases: [], level: "place" });
    rel("COVERS", `partnership:syn-${i}`, `place:syn-${i % places}`);
    for (let b = 0; b < bodiesPer; b++) {
      const id = bodyId(i * bodiesPer + b);
      node("Body", { id, name: `Synthetic Board ${i}-${b}`, aliases: [], kind: b === 0 ? "board" : "group", level: "place" });
      rel("BODY_OF", id, `partnership:syn-${i}`);
      if (b > 0) rel("REPORTS_TO", id, `body:syn-${i}-0`);
    }
    // Terms of reference with 12 seats and a two-clause quorum rule, as data.
    const tor = `tor:syn-${i}`;
    node("TermsOfReference", { id: tor, title: `Synthetic terms ${i}`, version: "1", status: "approved", approved: "2020-01-01", effectiveFrom: "2020-01-01" });
    rel("GOVERNS", tor, `body:syn-${i}-0`);
    for (let s = 0; s < 12; s++) {
      const seat = `seat:syn-${i}-${s}`;
      node("Seat", {
        id: seat,
        ordinal: s + 1,
        sectorText: SECTORS[s % SECTORS.length],
        organisationText: "Any",
        position: "Member",
        holderRoles: [],
        holderOrganisationKinds: [],
      });
      rel("HAS_SEAT", tor, seat, { basis: "stated" });
      rel("SEAT_SECTOR", seat, `sector:syn-${s % SECTORS.length}`);
    }
    for (const [k, spec] of [
      ["quorum", { form: "share-of-seats", share: 0.3, countStatuses: ["present"] }],
      ["quorum", { form: "count", min: 1, match: { founder: true }, including: [], countStatuses: ["present"], evidenceWindowMonths: 12 }],
    ] as const) {
      const id = `rule:syn-${i}-${k}-${JSON.stringify(spec).length}`;
      node("Rule", { id, kind: k, ordinal: JSON.stringify(spec).length, text: "Synthetic quorum clause", spec: JSON.stringify(spec) });
      rel("HAS_RULE", tor, id, { basis: "stated" });
    }
  }
  for (let i = 0; i < orgs; i++) {
    node("Organisation", { id: `org:syn-${i}`, name: `Synthetic Organisation ${String(i).padStart(7, "0")}`, aliases: [`SO${i}`], kind: pick(KINDS) });
    if (i < partnerships * 2) rel("FOUNDED_BY", `body:syn-${i % partnerships}-0`, `org:syn-${i}`);
  }
  for (let i = 0; i < people; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}-${i}`;
    // Minutes often give an initial for the first name ("L. Roberts"): the alias does.
    node("Person", { id: `person:syn-${i}`, name, aliases: [name.replace(/^(\w)\w* /, "$1. ")] });
    // Career moves: one to three affiliations over the years.
    const moves = 1 + Math.floor(r() * 4);
    for (let m = 0; m < moves; m++)
      rel("AFFILIATED_WITH", `person:syn-${i}`, `org:syn-${Math.floor(r() * orgs)}`, {
        role: pick(["Councillor", "Director", "Chief Executive", "Officer"]),
        asOf: `${2016 + m * 3}-01-01`,
        key: `${i}-${m}`,
      });
  }
  for (let i = 0; i < meetings; i++) {
    const id = `meeting:syn-${i}`;
    const year = 2016 + (i % 9);
    node("Meeting", { id, title: "Synthetic meeting", date: `${year}-${String(1 + (i % 12)).padStart(2, "0")}-15`, kind: "formal-meeting", status: "held" });
    const body = bodyId(i % (partnerships * bodiesPer));
    rel("MEETING_OF", id, body);
    const seen = new Set<number>();
    const attendees = 10 + Math.floor(r() * 21);
    for (let a = 0; a < attendees; a++) {
      // People mostly attend their own partnership's meetings: draw from a window, so interlocks exist but are few.
      const p = (Math.floor(i * 7 + r() * 60) % people) | 0;
      if (seen.has(p)) continue;
      seen.add(p);
      rel("ATTENDED", `person:syn-${p}`, id, { status: pick(STATUSES), representing: `org:syn-${p % orgs}` });
    }
    for (let k = 0; k < itemsPer; k++) {
      const item = `item:syn-${i}-${k}`;
      node("AgendaItem", { id: item, number: String(k + 1), title: `Synthetic item ${k + 1}` });
      rel("HAS_ITEM", id, item);
      if (k % 2 === 0) {
        node("Resolution", { id: `resolution:syn-${i}-${k}`, text: "That the synthetic report be noted", outcome: "noted" });
        rel("HAS_RESOLUTION", item, `resolution:syn-${i}-${k}`);
      }
    }
  }
  for (let i = 0; i < priorities; i++) {
    const id = `priority:syn-${i}`;
    node("Priority", { id, name: `Synthetic priority ${i}`, aliases: [], kind: "priority" });
    const steps = 3 + Math.floor(r() * 6);
    for (let s = 0; s < steps; s++) {
      const m = Math.floor(r() * meetings);
      rel(STEPS[Math.min(s, STEPS.length - 1)]!, id, `meeting:syn-${m}`, {
        date: `${2016 + (m % 9)}-${String(1 + (m % 12)).padStart(2, "0")}-15`,
        key: `${s}`,
      });
    }
  }
  return {
    nodes: nodeCount,
    relationships: relCount,
    probes: {
      person: `person:syn-${Math.floor(people / 2)}`,
      partnership: "partnership:syn-0",
      meeting: "meeting:syn-0",
      priority: "priority:syn-0",
      pathFrom: "person:syn-1",
      pathTo: `partnership:syn-${partnerships - 1}`,
      searchText: "Synthetic Organisation 0000042",
      middleCursorName: `${FIRST[10]}`,
    },
  };
}

/** The whole graph in memory: the stream, collected. For the UNWIND load and small sizes; at 10M it does not fit in a 12 GB heap. */
export function generate(targetNodes: number, seed = 42): SynGraph {
  const nodes = new Map<string, SynNode[]>();
  const rels = new Map<string, SynRel[]>();
  const { probes } = stream(
    targetNodes,
    {
      node: (label, props) => void (nodes.get(label) ?? nodes.set(label, []).get(label)!).push({ label, props }),
      rel: (type, from, to, props) => void (rels.get(type) ?? rels.set(type, []).get(type)!).push({ type, from, to, props }),
    },
    seed,
  );
  return { nodes, rels, probes };
}

export function counts(g: SynGraph): { nodes: number; relationships: number } {
  return {
    nodes: [...g.nodes.values()].reduce((x, l) => x + l.length, 0),
    relationships: [...g.rels.values()].reduce((x, l) => x + l.length, 0),
  };
}
