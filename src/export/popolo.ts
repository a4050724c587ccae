import type { CitationValue } from "../neo4j/rows.js";
import { passageUrl, type ExportContext, type ExportCounts, type ExportFormat } from "./format.js";
import type { ExportEdge, ExportNode } from "./graph-pages.js";

/*
 * Popolo JSON (https://www.popoloproject.com/specs/): one object with the arrays persons,
 * organizations, memberships, posts, events and areas, written one array after another, each from
 * its own pass over the graph's pages. What of our model has no place in Popolo (agenda items,
 * decisions, priorities, strategies, rules, sectors, lineage) is left out; docs/EXPORTS.md says so.
 */

/** Our kinds that are Popolo organizations. */
const ORGANIZATION_KINDS = ["Organisation", "Partnership", "Body"];
/** Relationships that are Popolo memberships: of an organisation, a position in it, attendance at its meeting. */
const MEMBERSHIP_TYPES = ["AFFILIATED_WITH", "HELD_POSITION", "MEMBER_OF", "ATTENDED"];
/** Of a member, the kinds Popolo can name (a sector is not a Popolo organization). */
const MEMBER_KINDS = ["Person", ...ORGANIZATION_KINDS];

/**
 * Popolo's sources are links ({url, note}); a link may carry more, so each also gives the quote,
 * its document and offsets. The url opens the explorer's document viewer at the passage.
 */
function sources(baseUrl: string, citations: CitationValue[]) {
  return citations.map((c) => ({
    url: passageUrl(baseUrl, c),
    note: `${c.documentId}, characters ${c.start}–${c.end}`,
    quote: c.quote,
    document_id: c.documentId,
    start: c.start,
    end: c.end,
  }));
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);
const first = (n: ExportNode, type: string) => n.links.find((l) => l.type === type)?.id;
const otherNames = (n: ExportNode) => ((n.props.aliases as string[] | undefined) ?? []).map((name) => ({ name }));

function person(n: ExportNode, baseUrl: string) {
  return { id: n.id, name: str(n.props.name), honorific_prefix: str(n.props.honorific), other_names: otherNames(n), sources: sources(baseUrl, n.citations) };
}

function organization(n: ExportNode, baseUrl: string) {
  return {
    id: n.id,
    name: str(n.props.name),
    // Our organisations, partnerships and bodies are told apart by classification: an
    // organisation's kind (nhs-trust), "partnership", or a body's kind (committee).
    classification: n.kind === "Partnership" ? "partnership" : str(n.props.kind),
    other_names: otherNames(n),
    parent_id: first(n, "BODY_OF"),
    area_id: first(n, "COVERS"),
    sources: sources(baseUrl, n.citations),
  };
}

function event(n: ExportNode, baseUrl: string) {
  return {
    id: n.id,
    name: str(n.props.title),
    start_date: str(n.props.date),
    classification: str(n.props.kind),
    status: str(n.props.status),
    location: str(n.props.venue),
    organization_id: first(n, "MEETING_OF"),
    sources: sources(baseUrl, n.citations),
  };
}

function area(n: ExportNode, baseUrl: string) {
  return { id: n.id, name: str(n.props.name), classification: str(n.props.level), parent_id: first(n, "PART_OF"), sources: sources(baseUrl, n.citations) };
}

function post(n: ExportNode, organizationId: string | undefined, baseUrl: string) {
  return {
    id: n.id,
    label: str(n.props.position),
    role: str(n.props.position),
    // The seat as the terms word it: which sector and which organisation may hold it.
    other_label: [str(n.props.sectorText), str(n.props.organisationText)].filter((x): x is string => !!x),
    organization_id: organizationId,
    sources: sources(baseUrl, n.citations),
  };
}

/** A membership, or null for one Popolo cannot say (a sector's, or attendance at a meeting of no body). */
function membership(e: ExportEdge, baseUrl: string) {
  if (!MEMBER_KINDS.includes(e.fromKind)) return null;
  const member = e.fromKind === "Person" ? { person_id: e.from } : { member: { "@type": "Organization", id: e.from } };
  const base = { id: e.key, ...member, sources: sources(baseUrl, e.citations) };
  const p = e.props;
  switch (e.type) {
    case "AFFILIATED_WITH":
      return { ...base, organization_id: e.to, role: str(p.role), label: p.asOf ? `affiliation stated as of ${String(p.asOf)}` : "affiliation" };
    case "HELD_POSITION":
      return {
        ...base,
        organization_id: e.to,
        role: str(p.position),
        start_date: str(p.since),
        end_date: str(p.until),
        label: [str(p.term), p.recordedOn ? `recorded in the position on ${String(p.recordedOn)}` : undefined].filter(Boolean).join("; ") || undefined,
      };
    case "MEMBER_OF":
      return { ...base, organization_id: e.to, label: str(p.note) };
    case "ATTENDED": {
      // Attendance is a membership of the meeting's body, for that meeting: event_id and status
      // are ours (Popolo has no attendance record with a status).
      const body = e.toLinks.find((l) => l.type === "MEETING_OF")?.id;
      if (!body) return null;
      return {
        ...base,
        organization_id: body,
        role: str(p.role) ?? str(p.capacity),
        label: `${String(p.status)} at ${e.to}`,
        on_behalf_of_id: str(p.representing),
        event_id: e.to,
        status: str(p.status),
      };
    }
    default:
      return null;
  }
}

/** A JSON array written item by item, without undefined fields. */
async function array<T>(ctx: ExportContext, name: string, pages: AsyncIterable<T[]>, toRecords: (page: T[]) => Promise<(object | null)[]> | (object | null)[]) {
  await ctx.sink.write(`${JSON.stringify(name)}:[`);
  let count = 0;
  for await (const page of pages) {
    for (const record of await toRecords(page)) {
      if (!record) continue;
      await ctx.sink.write(`${count ? "," : ""}\n${JSON.stringify(record)}`);
      count++;
    }
  }
  await ctx.sink.write("\n]");
  return count;
}

async function write(ctx: ExportContext): Promise<ExportCounts> {
  const { pages, sink, baseUrl } = ctx;
  await sink.write("{");
  let nodes = await array(ctx, "persons", pages.nodes({ kinds: ["Person"] }), (p) => p.map((n) => person(n, baseUrl)));
  await sink.write(",");
  nodes += await array(ctx, "organizations", pages.nodes({ kinds: ORGANIZATION_KINDS, linkTypes: ["BODY_OF", "COVERS"] }), (p) =>
    p.map((n) => organization(n, baseUrl)),
  );
  await sink.write(",");
  const edges = await array(ctx, "memberships", pages.edges({ types: MEMBERSHIP_TYPES, linkTypes: ["MEETING_OF"] }), (p) =>
    p.map((e) => membership(e, baseUrl)),
  );
  await sink.write(",");
  nodes += await array(ctx, "posts", pages.nodes({ kinds: ["Seat"] }), async (p) => {
    const holders = await pages.seatHolders(p.map((n) => n.id));
    return p.map((n) => post(n, holders.get(n.id), baseUrl));
  });
  await sink.write(",");
  nodes += await array(ctx, "events", pages.nodes({ kinds: ["Meeting"], linkTypes: ["MEETING_OF"] }), (p) => p.map((n) => event(n, baseUrl)));
  await sink.write(",");
  nodes += await array(ctx, "areas", pages.nodes({ kinds: ["Place"], linkTypes: ["PART_OF"] }), (p) => p.map((n) => area(n, baseUrl)));
  await sink.write("\n}\n");
  return { nodes, edges };
}

export const popolo: ExportFormat = { contentType: "application/json; charset=utf-8", extension: "json", write };
