import type { ComponentChildren } from "preact";
import { graphql, type ResultOf } from "../graphql.js";
import { CitationFields, Sources, type Cite } from "../ui/citation.js";
import { Await, EntityLink, KindBadge, Section, formatDate, useQuery, useTitle, words, type EntityRef } from "../ui/common.js";
import { KINDS, viewsFor } from "../kinds.js";
import { href } from "../router.js";
import type { ViewProps } from "../main.js";

const EntityQuery = graphql(
  `
    query Entity($id: ID!) {
      node(id: $id) {
        __typename
        id
        label
        entityType
        sources {
          ...CitationFields
        }
        ... on Organisation {
          name
          aliases
          kind
          people {
            role
            asOf
            person {
              id
              label
              entityType
            }
            sources {
              ...CitationFields
            }
          }
          seats {
            id
            label
            entityType
            sources {
              ...CitationFields
            }
          }
          relations {
            ...RelationFields
          }
          sectors {
            id
            label
            entityType
          }
          attendance {
            ...AttendanceFields
          }
        }
        ... on Person {
          name
          honorific
          aliases
          affiliations {
            role
            asOf
            organisation {
              id
              label
              entityType
            }
            sources {
              ...CitationFields
            }
          }
          attendance {
            ...AttendanceFields
          }
          positions {
            ...PositionFields
          }
          possibleIdentities {
            evidence
            other {
              id
              label
              entityType
            }
            sources {
              ...CitationFields
            }
          }
          presented {
            id
            label
            entityType
            sources {
              ...CitationFields
            }
            meeting {
              id
              label
              entityType
              date
            }
          }
          actions {
            id
            label
            entityType
            due
            sources {
              ...CitationFields
            }
          }
        }
        ... on Partnership {
          name
          aliases
          level
          bodies {
            id
            label
            entityType
            sources {
              ...CitationFields
            }
          }
          meetings {
            ...MeetingRow
          }
          parents {
            ...RelationFields
          }
          children {
            ...RelationFields
          }
          predecessors {
            ...RelationFields
          }
          successors {
            ...RelationFields
          }
          places {
            id
            label
            entityType
          }
          positions {
            ...PositionFields
          }
        }
        ... on Body {
          name
          aliases
          kind
          bodyLevel: level
          partnership {
            id
            label
            entityType
          }
          meetings {
            ...MeetingRow
          }
          relations {
            ...RelationFields
          }
          founders {
            id
            label
            entityType
          }
          termsOfReference {
            id
            label
            entityType
          }
          positions {
            ...PositionFields
          }
          members {
            id
            label
            entityType
          }
        }
        ... on Meeting {
          title
          date
          dateText
          time
          venue
          kind
          status
          body {
            id
            label
            entityType
            partnership {
              id
            }
          }
          attendance {
            ...AttendanceFields
          }
          agendaItems {
            id
            label
            entityType
            number
            title
            sources {
              ...CitationFields
            }
            presenters {
              id
              label
              entityType
            }
            resolutions {
              ...DecisionFields
            }
            actions {
              ...ActionFields
            }
          }
          documents {
            id
            label
            entityType
          }
          places {
            id
            label
            entityType
          }
          topics {
            ...RelationFields
          }
        }
        ... on AgendaItem {
          number
          title
          meeting {
            ...MeetingRow
          }
          resolutions {
            ...DecisionFields
          }
          actions {
            ...ActionFields
          }
          presenters {
            id
            label
            entityType
          }
        }
        ... on Resolution {
          text
          outcome
          agendaItem {
            id
            label
            entityType
            meeting {
              ...MeetingRow
            }
          }
        }
        ... on Action {
          text
          ownerText
          due
          agendaItem {
            id
            label
            entityType
            meeting {
              ...MeetingRow
            }
          }
          assignees {
            id
            label
            entityType
          }
        }
        ... on Priority {
          name
          aliases
          kind
          steps {
            ...RelationFields
          }
          partOf {
            id
            label
            entityType
          }
          parts {
            id
            label
            entityType
          }
        }
        ... on Strategy {
          name
          aliases
          kind
          sections {
            id
            label
            entityType
          }
          sectionOf {
            id
            label
            entityType
          }
          relations {
            ...RelationFields
          }
        }
        ... on Sector {
          name
          aliases
          seats {
            id
            label
            entityType
            sources {
              ...CitationFields
            }
          }
          partnerOf {
            id
            label
            entityType
          }
          organisations {
            id
            label
            entityType
          }
        }
        ... on Place {
          name
          aliases
          level
          partOf {
            id
            label
            entityType
          }
          contains {
            id
            label
            entityType
          }
          coveredBy {
            id
            label
            entityType
          }
        }
        ... on SourceDocument {
          title
          issuingBody
          date
          kind
          file
          length
          docVersion: version
          origin
          meetings {
            ...MeetingRow
          }
          issuedBy {
            id
            label
            entityType
          }
        }
        ... on TermsOfReference {
          title
          termsVersion: version
          status
          approved
          effectiveFrom
          presentedFor
          body {
            id
            label
            entityType
          }
          termsSeats: seats {
            basis
            note
            seat {
              id
              label
              entityType
              ordinal
            }
            sources {
              ...CitationFields
            }
          }
          rules {
            id
            label
            entityType
            kind
            text
            sources {
              ...CitationFields
            }
          }
          revises {
            id
            label
            entityType
          }
          revisedBy {
            id
            label
            entityType
          }
        }
        ... on Seat {
          ordinal
          sectorText
          organisationText
          position
          sector {
            id
            label
            entityType
          }
          seatOrganisation: organisation {
            id
            label
            entityType
          }
          terms {
            id
            label
            entityType
          }
        }
        ... on Rule {
          kind
          ordinal
          text
          spec
        }
      }
    }

    fragment RelationFields on Relation {
      type
      direction
      date
      dateText
      note
      node {
        id
        label
        entityType
      }
      sources {
        ...CitationFields
      }
    }

    fragment AttendanceFields on Attendance {
      status
      role
      capacity
      representingText
      person {
        id
        label
        entityType
      }
      meeting {
        id
        label
        entityType
        date
        dateText
      }
      representing {
        id
        label
        entityType
      }
      sources {
        ...CitationFields
      }
    }

    fragment PositionFields on Position {
      position
      since
      until
      term
      person {
        id
        label
        entityType
      }
      of {
        id
        label
        entityType
      }
      sources {
        ...CitationFields
      }
    }

    fragment MeetingRow on Meeting {
      id
      label
      entityType
      date
      dateText
      status
      sources {
        ...CitationFields
      }
    }

    fragment DecisionFields on Resolution {
      id
      label
      entityType
      text
      outcome
      sources {
        ...CitationFields
      }
    }

    fragment ActionFields on Action {
      id
      label
      entityType
      text
      ownerText
      due
      sources {
        ...CitationFields
      }
    }
  `,
  [CitationFields],
);

type Entity = NonNullable<ResultOf<typeof EntityQuery>["node"]>;

/** One line of a group: what the fact says and the chips that prove it. */
interface Fact {
  key: string;
  body: ComponentChildren;
  sources?: readonly Cite[];
}
interface Group {
  title: string;
  facts: Fact[];
}

// How a relationship reads from each end ("Body X reports to Y"; seen from Y: "X reports to it").
const REL_WORDS: Record<string, [string, string]> = {
  PART_OF: ["part of", "includes"],
  REPORTS_TO: ["reports to", "receives reports from"],
  RECEIVES_UPDATES_FROM: ["receives updates from", "sends updates to"],
  FOUNDED_BY: ["founded by", "founder of"],
  BODY_OF: ["body of", "has body"],
  SUCCEEDED_BY: ["succeeded by", "succeeded"],
  MEMBER_OF: ["core partner of", "has core partner"],
  COVERS: ["covers", "covered by"],
  FEEDS_INTO: ["feeds into", "fed by"],
  ADOPTED_INTO: ["adopted into", "adopted"],
  PRESENTED_TO: ["presented to", "was presented"],
  FACILITATED: ["facilitated", "facilitated by"],
  AUTHORED: ["authored", "authored by"],
};
function relationWords(type: string, direction: "OUT" | "IN"): string {
  const w = REL_WORDS[type];
  if (w) return direction === "OUT" ? w[0] : w[1];
  return direction === "OUT" ? words(type) : `${words(type)} (here)`;
}

type RelationRow = {
  type: string;
  direction: "OUT" | "IN";
  date?: string | null;
  dateText?: string | null;
  note?: string | null;
  node: EntityRef;
  sources: readonly Cite[];
};
function relationFacts(rows: readonly RelationRow[]): Fact[] {
  return rows.map((r, i) => ({
    key: `${r.type}-${r.node.id}-${i}`,
    body: (
      <>
        <span class="verb">{relationWords(r.type, r.direction)}</span> <EntityLink entity={r.node} badge />
        {(r.date || r.dateText) && <span class="when"> · {formatDate(r.date, r.dateText)}</span>}
        {r.note && <span class="muted"> · {r.note}</span>}
      </>
    ),
    sources: r.sources,
  }));
}

function refFacts(rows: readonly (EntityRef & { sources?: readonly Cite[] })[], extra?: (r: EntityRef) => ComponentChildren): Fact[] {
  return rows.map((r) => ({
    key: r.id,
    body: (
      <>
        <EntityLink entity={r} badge />
        {extra?.(r)}
      </>
    ),
    sources: r.sources,
  }));
}

type AttendanceRow = {
  status: string;
  role?: string | null;
  capacity?: string | null;
  representingText?: string | null;
  person: EntityRef;
  meeting: EntityRef & { date?: string | null; dateText?: string | null };
  representing?: EntityRef | null;
  sources: readonly Cite[];
};
function attendanceFacts(rows: readonly AttendanceRow[], side: "person" | "meeting" | "both"): Fact[] {
  return rows.map((a, i) => ({
    key: `${a.person.id}-${a.meeting.id}-${i}`,
    body: (
      <>
        {side !== "meeting" && <EntityLink entity={a.person} />}
        {side === "both" && " at "}
        {side !== "person" && (
          <>
            <EntityLink entity={a.meeting} /> <span class="when">{formatDate(a.meeting.date, a.meeting.dateText)}</span>
          </>
        )}{" "}
        <span class={`status status-${a.status.toLowerCase()}`}>{words(a.status)}</span>
        {a.role && <span class="muted"> · {a.role}</span>}
        {a.capacity && <span class="muted"> · {a.capacity}</span>}
        {a.representing ? (
          <>
            {" "}
            for <EntityLink entity={a.representing} />
          </>
        ) : (
          a.representingText && <span class="muted"> for {a.representingText}</span>
        )}
      </>
    ),
    sources: a.sources,
  }));
}

type PositionRow = {
  position: string;
  since?: string | null;
  until?: string | null;
  term?: string | null;
  person: EntityRef;
  of: EntityRef;
  sources: readonly Cite[];
};
function positionFacts(rows: readonly PositionRow[], side: "person" | "of"): Fact[] {
  return rows.map((p, i) => ({
    key: `${p.person.id}-${p.of.id}-${i}`,
    body: (
      <>
        {side === "person" ? <EntityLink entity={p.person} /> : <EntityLink entity={p.of} badge />} <span class="verb">{p.position}</span>
        {p.since && <span class="when"> since {formatDate(p.since)}</span>}
        {p.until && <span class="when"> until {formatDate(p.until)}</span>}
        {p.term && <span class="muted"> · term {p.term}</span>}
      </>
    ),
    sources: p.sources,
  }));
}

type MeetingRowT = EntityRef & { date?: string | null; dateText?: string | null; status: string; sources: readonly Cite[] };
function meetingFacts(rows: readonly MeetingRowT[]): Fact[] {
  return rows.map((m) => ({
    key: m.id,
    body: (
      <>
        <span class="when">{formatDate(m.date, m.dateText)}</span> <EntityLink entity={m} />
        {m.status !== "held" && <span class="muted"> · {m.status}</span>}
      </>
    ),
    sources: m.sources,
  }));
}

type DecisionRow = EntityRef & { text: string; outcome: string; sources: readonly Cite[] };
type ActionRow = EntityRef & { text: string; ownerText?: string | null; due?: string | null; sources: readonly Cite[] };
function decisionFacts(rows: readonly DecisionRow[]): Fact[] {
  return rows.map((r) => ({
    key: r.id,
    body: (
      <>
        <span class="verb">{r.outcome}</span> <a href={href("entity", r.id)}>{r.text}</a> · <a href={href("lineage", r.id)}>lineage</a>
      </>
    ),
    sources: r.sources,
  }));
}
function actionFacts(rows: readonly ActionRow[]): Fact[] {
  return rows.map((r) => ({
    key: r.id,
    body: (
      <>
        <span class="verb">action</span> <a href={href("entity", r.id)}>{r.text}</a>
        {r.ownerText && <span class="muted"> · owner: {r.ownerText}</span>}
        {r.due && <span class="muted"> · due {r.due}</span>}
      </>
    ),
    sources: r.sources,
  }));
}

/** The entity's details (name, kind…) as label–value pairs, and its facts in groups. */
function describe(e: Entity): { details: [string, ComponentChildren][]; groups: Group[] } {
  const d: [string, ComponentChildren][] = [];
  const g: Group[] = [];
  const add = (title: string, facts: Fact[]) => facts.length && g.push({ title, facts });
  const aliases = (a: readonly string[]) => a.length && d.push(["Also called", a.join("; ")]);
  switch (e.__typename) {
    case "Organisation":
      d.push(["Kind", e.kind]);
      aliases(e.aliases);
      add(
        "Memberships",
        e.people.map((a, i) => ({
          key: `${a.person.id}-${i}`,
          body: (
            <>
              <EntityLink entity={a.person} /> {a.role && <span class="verb">{a.role}</span>}
              {a.asOf && <span class="when"> · as of {formatDate(a.asOf)}</span>}
            </>
          ),
          sources: a.sources,
        })),
      );
      add("Relations", relationFacts(e.relations));
      add("Seats that name it", refFacts(e.seats));
      add("Sectors", refFacts(e.sectors));
      add("Attendance (people representing it)", attendanceFacts(e.attendance, "both"));
      break;
    case "Person":
      if (e.honorific) d.push(["Honorific", e.honorific]);
      aliases(e.aliases);
      add(
        "Memberships",
        e.affiliations.map((a, i) => ({
          key: `${a.organisation.id}-${i}`,
          body: (
            <>
              {a.role && <span class="verb">{a.role}</span>} <EntityLink entity={a.organisation} badge />
              {a.asOf && <span class="when"> · as of {formatDate(a.asOf)}</span>}
            </>
          ),
          sources: a.sources,
        })),
      );
      add("Positions", positionFacts(e.positions, "of"));
      add("Attendance", attendanceFacts(e.attendance, "meeting"));
      add(
        "Agenda items presented",
        refFacts(e.presented, (r) => <PresentedAt item={e.presented.find((p) => p.id === r.id)} />),
      );
      add("Actions assigned", actionFacts(e.actions.map((a) => ({ ...a, text: a.label }))));
      add(
        "Possibly the same person as",
        e.possibleIdentities.map((p) => ({
          key: p.other.id,
          body: (
            <>
              <EntityLink entity={p.other} /> <span class="muted">— {p.evidence}</span>
            </>
          ),
          sources: p.sources,
        })),
      );
      break;
    case "Partnership":
      d.push(["Level", e.level]);
      aliases(e.aliases);
      add("Bodies", refFacts(e.bodies));
      add("Positions", positionFacts(e.positions, "person"));
      add("Meetings", meetingFacts(e.meetings));
      add("Lineage", [...relationFacts(e.predecessors), ...relationFacts(e.successors), ...relationFacts(e.parents), ...relationFacts(e.children)]);
      add("Places covered", refFacts(e.places));
      break;
    case "Body":
      d.push(["Kind", e.kind]);
      if (e.bodyLevel) d.push(["Level", e.bodyLevel]);
      if (e.partnership) d.push(["Partnership", <EntityLink entity={e.partnership} />]);
      aliases(e.aliases);
      add("Memberships", [
        ...refFacts(e.founders, () => <span class="muted"> · founder member</span>),
        ...refFacts(e.members, () => <span class="muted"> · member</span>),
      ]);
      add("Positions", positionFacts(e.positions, "person"));
      add("Meetings", meetingFacts(e.meetings));
      add("Relations", relationFacts(e.relations));
      add("Terms of reference", refFacts(e.termsOfReference));
      break;
    case "Meeting":
      d.push(["Date", formatDate(e.date, e.dateText)]);
      if (e.time) d.push(["Time", e.time]);
      if (e.venue) d.push(["Venue", e.venue]);
      d.push(["Kind", `${e.kind}, ${e.status}`]);
      if (e.body) d.push(["Body", <EntityLink entity={e.body} />]);
      add("Attendance", attendanceFacts(e.attendance, "person"));
      add(
        "Agenda items",
        e.agendaItems.map((it) => ({
          key: it.id,
          body: (
            <>
              {it.number && <span class="verb">{it.number}.</span>} <a href={href("entity", it.id)}>{it.title}</a>
              {it.presenters.length > 0 && (
                <span class="muted">
                  {" "}
                  · presented by{" "}
                  {it.presenters.map((p, i) => (
                    <>
                      {i > 0 && ", "}
                      <EntityLink entity={p} key={p.id} />
                    </>
                  ))}
                </span>
              )}
            </>
          ),
          sources: it.sources,
        })),
      );
      add(
        "Decisions and actions",
        e.agendaItems.flatMap((it) => [...decisionFacts(it.resolutions), ...actionFacts(it.actions)]),
      );
      add("Lineage", relationFacts(e.topics));
      add("Recorded in", refFacts(e.documents));
      add("Places covered", refFacts(e.places));
      if (e.body?.partnership && e.status === "held")
        d.push(["Quorum", <a href={href("membership", e.body.partnership.id, { asOf: e.date, meeting: e.id })}>check in the membership dashboard</a>]);
      break;
    case "AgendaItem":
      if (e.number) d.push(["Number", e.number]);
      if (e.meeting) add("Meeting", meetingFacts([e.meeting]));
      add("Presented by", refFacts(e.presenters));
      add("Decisions and actions", [...decisionFacts(e.resolutions), ...actionFacts(e.actions)]);
      break;
    case "Resolution":
      d.push(["Outcome", e.outcome]);
      d.push(["Text", e.text]);
      if (e.agendaItem) {
        add("Agenda item", refFacts([e.agendaItem]));
        if (e.agendaItem.meeting) add("Meeting", meetingFacts([e.agendaItem.meeting]));
      }
      break;
    case "Action":
      d.push(["Text", e.text]);
      if (e.ownerText) d.push(["Owner", e.ownerText]);
      if (e.due) d.push(["Due", e.due]);
      add("Assigned to", refFacts(e.assignees));
      if (e.agendaItem) {
        add("Agenda item", refFacts([e.agendaItem]));
        if (e.agendaItem.meeting) add("Meeting", meetingFacts([e.agendaItem.meeting]));
      }
      break;
    case "Priority":
      d.push(["Kind", e.kind]);
      aliases(e.aliases);
      add("Lineage", relationFacts(e.steps));
      add("Part of", refFacts(e.partOf));
      add("Parts", refFacts(e.parts));
      break;
    case "Strategy":
      d.push(["Kind", e.kind]);
      aliases(e.aliases);
      if (e.sectionOf) d.push(["Section of", <EntityLink entity={e.sectionOf} />]);
      add("Sections", refFacts(e.sections));
      add("Lineage", relationFacts(e.relations));
      break;
    case "Sector":
      aliases(e.aliases);
      add("Seats", refFacts(e.seats));
      add(
        "Memberships",
        refFacts(e.partnerOf, () => <span class="muted"> · core partner</span>),
      );
      add("Organisations its seats name", refFacts(e.organisations));
      break;
    case "Place":
      d.push(["Level", e.level]);
      aliases(e.aliases);
      add("Part of", refFacts(e.partOf));
      add("Contains", refFacts(e.contains));
      add("Covered by", refFacts(e.coveredBy));
      break;
    case "SourceDocument":
      d.push(["Kind", e.kind]);
      if (e.date) d.push(["Date", formatDate(e.date)]);
      if (e.issuingBody) d.push(["Issued by", e.issuedBy ? <EntityLink entity={e.issuedBy} /> : e.issuingBody]);
      d.push(["Text", <a href={href("document", e.id)}>read the document ({e.length.toLocaleString("en-GB")} characters)</a>]);
      d.push(["Origin", `${e.origin ?? "curated"}, version ${e.docVersion ?? 1}`]);
      add("Meetings recorded", meetingFacts(e.meetings));
      break;
    case "TermsOfReference":
      d.push(["Version", e.termsVersion]);
      d.push(["Status", e.status]);
      if (e.approved) d.push(["Approved", formatDate(e.approved)]);
      if (e.effectiveFrom) d.push(["In effect from", formatDate(e.effectiveFrom)]);
      if (e.presentedFor) d.push(["Presented for", formatDate(e.presentedFor)]);
      if (e.body) d.push(["Governs", <EntityLink entity={e.body} />]);
      add(
        "Seats",
        e.termsSeats.map((s) => ({
          key: s.seat.id,
          body: (
            <>
              <span class="verb">{s.seat.ordinal}.</span> <a href={href("entity", s.seat.id)}>{s.seat.label}</a> <span class="muted">· {s.basis}</span>
              {s.note && <span class="muted"> · {s.note}</span>}
            </>
          ),
          sources: s.sources,
        })),
      );
      add(
        "Rules",
        e.rules.map((r) => ({
          key: r.id,
          body: (
            <>
              <span class="verb">{r.kind}</span> <a href={href("entity", r.id)}>{r.text}</a>
            </>
          ),
          sources: r.sources,
        })),
      );
      add("Lineage", [
        ...(e.revises ? refFacts([e.revises], () => <span class="muted"> · revised by these terms</span>) : []),
        ...(e.revisedBy ? refFacts([e.revisedBy], () => <span class="muted"> · revises these terms</span>) : []),
      ]);
      break;
    case "Seat":
      d.push(["Position", e.position]);
      d.push(["Sector (as worded)", e.sectorText]);
      d.push(["Organisation (as worded)", e.organisationText]);
      if (e.sector) d.push(["Sector", <EntityLink entity={e.sector} />]);
      if (e.seatOrganisation) d.push(["Organisation", <EntityLink entity={e.seatOrganisation} />]);
      add("Held in terms of reference", refFacts(e.terms));
      break;
    case "Rule":
      d.push(["Kind", e.kind]);
      d.push(["Text", e.text]);
      d.push(["As data", <code>{e.spec}</code>]);
      break;
  }
  return { details: d, groups: g };
}

function PresentedAt({ item }: { item?: { meeting?: (EntityRef & { date?: string | null }) | null } }) {
  if (!item?.meeting) return null;
  return (
    <span class="muted">
      {" "}
      at <EntityLink entity={item.meeting} /> {formatDate(item.meeting.date)}
    </span>
  );
}

export default function EntityView({ id }: ViewProps) {
  const state = useQuery(EntityQuery, id ? { id } : null);
  const entity = state.data?.node;
  useTitle(entity?.label ?? id ?? "Entity");
  if (!id) return <h1 tabIndex={-1}>No entity chosen</h1>;
  return (
    <Await state={state} what="the entity">
      {(data) => {
        const e = data.node;
        if (!e)
          return (
            <>
              <h1 tabIndex={-1}>Not found</h1>
              <p>No entity has the id {id}.</p>
            </>
          );
        const { details, groups } = describe(e);
        return (
          <article class="entity" style={{ "--kind": KINDS[e.entityType].colour }}>
            <p class="eyebrow">
              <KindBadge kind={e.entityType} /> <code>{e.id}</code>
            </p>
            <h1 tabIndex={-1}>{e.label}</h1>
            <nav aria-label="Views of this entity" class="entity-views">
              {viewsFor(e.entityType).map((v) => (
                <a key={v.view} href={href(v.view, e.id)} class="button">
                  {v.label}
                </a>
              ))}
            </nav>
            {details.length > 0 && (
              <dl class="details">
                {details.map(([k, v]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>{v}</dd>
                  </div>
                ))}
              </dl>
            )}
            {e.sources.length > 0 && (
              <p class="evidence">
                <span class="muted">Evidence: </span>
                <Sources sources={e.sources} />
              </p>
            )}
            {groups.map((g) => (
              <Section key={g.title} title={g.title} count={g.facts.length}>
                <ul class="fact-list">
                  {g.facts.map((f) => (
                    <li key={f.key}>
                      <span class="fact">{f.body}</span>
                      {f.sources && <Sources sources={f.sources} />}
                    </li>
                  ))}
                </ul>
              </Section>
            ))}
          </article>
        );
      }}
    </Await>
  );
}
