import type { CitationValue } from "../neo4j/rows.js";
import { labelOf } from "./attributes.js";
import type { ExportContext, ExportCounts, ExportFormat } from "./format.js";
import type { ExportEdge, ExportNode } from "./graph-pages.js";

/*
 * JSON-LD in W3C ORG (https://www.w3.org/TR/vocab-org/) and PROV-O (https://www.w3.org/TR/prov-o/),
 * one @graph written node by node. The @context is inline: the file expands and converts to RDF
 * with no network. Ids are URNs (urn:partnership-graph:person:alistair-bradley); terms of our own
 * are in urn:partnership-graph:vocab#.
 *
 * Evidence: every entity and relationship is prov:wasDerivedFrom the passages that state it; a
 * passage (urn:partnership-graph:doc:…#char=start,end, the RFC 5147 fragment of the text) has the
 * quote as prov:value and was prov:wasQuotedFrom its document; a document prov:wasAttributedTo the
 * body that issued it. Relationships are nodes (ORG's memberships, our attendance, else an
 * rdf:Statement) so their evidence has something to hang on; the plain triple is written beside.
 */

export const CONTEXT = {
  org: "http://www.w3.org/ns/org#",
  prov: "http://www.w3.org/ns/prov#",
  foaf: "http://xmlns.com/foaf/0.1/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  dcterms: "http://purl.org/dc/terms/",
  time: "http://www.w3.org/2006/time#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  pg: "urn:partnership-graph:",
  pgv: "urn:partnership-graph:vocab#",
} as const;

/** The RDF classes of each kind of entity; kinds not listed are pgv:<Kind> only. */
const CLASSES: Record<string, string[]> = {
  Person: ["foaf:Person", "prov:Agent"],
  Organisation: ["org:FormalOrganization"],
  Partnership: ["org:Organization", "pgv:Partnership"],
  Body: ["org:OrganizationalUnit", "pgv:Body"],
  Seat: ["org:Post", "pgv:Seat"],
  SourceDocument: ["foaf:Document", "prov:Entity"],
  Place: ["dcterms:Location", "pgv:Place"],
};

/** Relationships that are ORG memberships, with the ORG shortcut property beside them. */
const MEMBERSHIPS = ["AFFILIATED_WITH", "HELD_POSITION", "MEMBER_OF"];
/** Plain triples that ORG or Dublin Core have a term for; others are pgv:<camelCase type>. */
const PREDICATES: Record<string, string> = {
  AFFILIATED_WITH: "org:memberOf",
  MEMBER_OF: "org:memberOf",
  HELD_POSITION: "org:memberOf",
  BODY_OF: "org:unitOf",
  FOUNDED_BY: "pgv:foundedBy",
  ISSUED_BY: "prov:wasAttributedTo",
  COVERS: "dcterms:spatial",
};

const id = (entityId: string) => ({ "@id": `pg:${entityId}` });
const predicateOf = (type: string) => PREDICATES[type] ?? `pgv:${type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}`;
const relId = (key: string) => `pg:relationship:${encodeURIComponent(key)}`;
const date = (v: unknown) => (typeof v === "string" && v ? { "@value": v, "@type": "xsd:date" } : undefined);

function passages(citations: CitationValue[]) {
  return citations.map((c) => ({
    "@id": `pg:${c.documentId}#char=${c.start},${c.end}`,
    "@type": ["pgv:Passage", "prov:Entity"],
    "prov:value": c.quote,
    "prov:wasQuotedFrom": id(c.documentId),
    "pgv:start": c.start,
    "pgv:end": c.end,
  }));
}

/** Properties of ours as pgv: literals; dates typed. */
function literals(props: Record<string, unknown>, skip: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (skip.includes(k) || v === null || v === undefined) continue;
    out[`pgv:${k}`] = /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? date(v) : v;
  }
  return out;
}

function entity(n: ExportNode, seatHolder: string | undefined) {
  const p = n.props;
  const record: Record<string, unknown> = {
    ...id(n.id),
    "@type": CLASSES[n.kind] ?? [`pgv:${n.kind}`],
    "rdfs:label": labelOf(p, n.id),
    ...literals(p, ["name", "title", "aliases", "date", "venue"]),
  };
  if (typeof p.name === "string") record[n.kind === "Person" ? "foaf:name" : "skos:prefLabel"] = p.name;
  if (typeof p.title === "string") record["dcterms:title"] = p.title;
  if (Array.isArray(p.aliases) && p.aliases.length) record["skos:altLabel"] = p.aliases;
  if (p.date) record["dcterms:date"] = date(p.date);
  // ORG's Site is premises: a meeting's venue, not the places our partnerships cover.
  if (typeof p.venue === "string") record["pgv:venue"] = { "@type": "org:Site", "rdfs:label": p.venue };
  if (seatHolder) record["org:postIn"] = id(seatHolder);
  if (n.citations.length) record["prov:wasDerivedFrom"] = passages(n.citations);
  return record;
}

function relationship(e: ExportEdge) {
  const p = e.props;
  const evidence = e.citations.length ? { "prov:wasDerivedFrom": passages(e.citations) } : {};
  // The plain triple, as its own node object: JSON-LD merges it into the subject.
  const triple = { ...id(e.from), [predicateOf(e.type)]: id(e.to) };
  if (MEMBERSHIPS.includes(e.type)) {
    const role = p.position ?? p.role;
    const during =
      p.since || p.until
        ? {
            "org:memberDuring": {
              "@type": "time:Interval",
              "time:hasBeginning": p.since ? { "time:inXSDDate": date(p.since) } : undefined,
              "time:hasEnd": p.until ? { "time:inXSDDate": date(p.until) } : undefined,
            },
          }
        : {};
    return [
      triple,
      {
        "@id": relId(e.key),
        "@type": ["org:Membership", `pgv:${e.type}`],
        "org:member": id(e.from),
        "org:organization": id(e.to),
        ...(role ? { "org:role": { "@type": "org:Role", "rdfs:label": role } } : {}),
        ...during,
        ...literals(p, ["position", "role", "since", "until"]),
        ...evidence,
      },
    ];
  }
  if (e.type === "ATTENDED") {
    return [
      triple,
      {
        "@id": relId(e.key),
        "@type": ["pgv:Attendance"],
        "pgv:attendee": id(e.from),
        "pgv:meeting": id(e.to),
        ...(p.role ? { "org:role": { "@type": "org:Role", "rdfs:label": p.role } } : {}),
        ...(p.representing ? { "pgv:representing": id(String(p.representing)) } : {}),
        ...literals(p, ["role", "representing"]),
        ...evidence,
      },
    ];
  }
  return [
    triple,
    {
      "@id": relId(e.key),
      "@type": ["rdf:Statement", `pgv:${e.type}`],
      "rdf:subject": id(e.from),
      "rdf:predicate": { "@id": predicateOf(e.type) },
      "rdf:object": id(e.to),
      ...literals(p, []),
      ...evidence,
    },
  ];
}

async function write({ pages, sink }: ExportContext): Promise<ExportCounts> {
  const counts = { nodes: 0, edges: 0 };
  await sink.write(`{"@context":${JSON.stringify(CONTEXT)},\n"@graph":[`);
  let first = true;
  const emit = async (record: object) => {
    await sink.write(`${first ? "" : ","}\n${JSON.stringify(record)}`);
    first = false;
  };
  for await (const page of pages.nodes()) {
    const seats = page.filter((n) => n.kind === "Seat").map((n) => n.id);
    const holders = seats.length ? await pages.seatHolders(seats) : new Map<string, string>();
    for (const n of page) {
      await emit(entity(n, holders.get(n.id)));
      counts.nodes++;
    }
  }
  for await (const page of pages.edges()) {
    for (const e of page) {
      for (const record of relationship(e)) await emit(record);
      counts.edges++;
    }
  }
  await sink.write("\n]}\n");
  return counts;
}

export const jsonld: ExportFormat = { contentType: "application/ld+json; charset=utf-8", extension: "jsonld", write };
