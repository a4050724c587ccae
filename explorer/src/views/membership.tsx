import { graphql, type ResultOf } from "../graphql.js";
import { CitationFields, Sources } from "../ui/citation.js";
import { Await, EntityLink, Section, formatDate, useQuery, useTitle } from "../ui/common.js";
import { href, navigate } from "../router.js";
import type { ViewProps } from "../main.js";

const Partnerships = graphql(`
  query MembershipPartnerships($id: ID!) {
    partnerships(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    partnership(id: $id) {
      id
      label
      entityType
      meetings {
        id
        label
        entityType
        date
        dateText
        status
        body {
          label
        }
      }
    }
  }
`);

const Gaps = graphql(
  `
    query MembershipGaps($id: ID!, $asOf: Date) {
      membershipGaps(partnershipId: $id, asOf: $asOf) {
        asOf
        notes
        terms {
          id
          label
          entityType
          status
        }
        seats {
          status
          basis
          reason
          seat {
            id
            label
            entityType
            ordinal
            position
            organisationText
          }
          sector {
            id
            label
            entityType
          }
          holder {
            id
            label
            entityType
          }
          candidates {
            id
            label
            entityType
          }
          evidence {
            role
            sources {
              ...CitationFields
            }
          }
        }
        sectorsWithoutFilledSeat {
          id
          label
          entityType
        }
        attendeesWithoutSeat {
          id
          label
          entityType
        }
        positionRules {
          rule {
            id
            kind
            text
            sources {
              ...CitationFields
            }
          }
          holders {
            position
            since
            person {
              id
              label
              entityType
            }
            sources {
              ...CitationFields
            }
          }
        }
        meetings {
          meeting {
            id
            label
            entityType
            date
          }
          gaps {
            name
            status
            reason
            apologies {
              id
              label
              entityType
            }
          }
        }
      }
    }
  `,
  [CitationFields],
);

const Quorum = graphql(
  `
    query Quorum($meeting: ID!) {
      quorum(meetingId: $meeting) {
        outcome
        reason
        terms {
          id
          label
          entityType
        }
        meeting {
          id
          label
          entityType
          date
        }
        clauses {
          outcome
          reason
          required
          rule {
            id
            ordinal
            text
            sources {
              ...CitationFields
            }
          }
          counted {
            id
            label
            entityType
          }
        }
      }
    }
  `,
  [CitationFields],
);

const Attendance = graphql(`
  query AttendanceRates($id: ID!, $from: Date, $to: Date) {
    attendance(partnershipId: $id, from: $from, to: $to) {
      kind
      expected
      present
      apologies
      rate
      ruleApplies
      threshold
      belowThreshold
      basis
      subject {
        id
        label
        entityType
      }
    }
  }
`);

type Seat = ResultOf<typeof Gaps>["membershipGaps"]["seats"][number];

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
function minusMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const STATUS_COLOUR = { FILLED: "#2da44e", UNKNOWN: "#d4a72c", VACANT: "#cf222e" } as const;

/** Sector coverage as stacked bars: each sector's seats, filled, unknown and vacant. */
function SectorChart({ seats }: { seats: readonly Seat[] }) {
  const sectors = new Map<string, { name: string; FILLED: number; UNKNOWN: number; VACANT: number }>();
  for (const s of seats) {
    const key = s.sector?.id ?? "none";
    const row = sectors.get(key) ?? { name: s.sector?.label ?? "No sector", FILLED: 0, UNKNOWN: 0, VACANT: 0 };
    row[s.status]++;
    sectors.set(key, row);
  }
  const rows = [...sectors.values()];
  const max = Math.max(1, ...rows.map((r) => r.FILLED + r.UNKNOWN + r.VACANT));
  const unit = 44;
  const labelW = 280;
  const rowH = 24;
  const width = labelW + max * unit + 60;
  const height = rows.length * rowH + 30;
  const summary = rows.map((r) => `${r.name}: ${r.FILLED} filled, ${r.UNKNOWN} unknown, ${r.VACANT} vacant`).join("; ");
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Sector coverage. ${summary}`}>
        {rows.map((r, i) => {
          let x = labelW;
          const y = i * rowH + 4;
          return (
            <g key={r.name}>
              <text x={labelW - 8} y={y + 15} text-anchor="end" font-size="13" fill="#1f2328">
                {r.name}
              </text>
              {(["FILLED", "UNKNOWN", "VACANT"] as const).map((st) => {
                const w = r[st] * unit;
                const rect = w ? <rect key={st} x={x} y={y} width={w - 2} height={rowH - 6} fill={STATUS_COLOUR[st]} rx="2" /> : null;
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + 15} font-size="12" fill="#57606a">
                {r.FILLED}/{r.FILLED + r.UNKNOWN + r.VACANT} filled
              </text>
            </g>
          );
        })}
        <g transform={`translate(${labelW}, ${rows.length * rowH + 12})`}>
          {(["FILLED", "UNKNOWN", "VACANT"] as const).map((st, i) => (
            <g key={st} transform={`translate(${i * 110}, 0)`}>
              <rect width="12" height="12" fill={STATUS_COLOUR[st]} rx="2" />
              <text x="18" y="11" font-size="12" fill="#1f2328">
                {st.toLowerCase()}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption class="muted">Seats per sector of the terms in force, by what the records tell of who fills them.</figcaption>
    </figure>
  );
}

function Outcome({ value }: { value: string }) {
  return <span class={`status status-${value.toLowerCase()}`}>{value.toLowerCase()}</span>;
}

function People({ people }: { people: readonly { id: string; label: string; entityType: Parameters<typeof EntityLink>[0]["entity"]["entityType"] }[] }) {
  return (
    <>
      {people.map((p, i) => (
        <>
          {i > 0 && ", "}
          <EntityLink key={p.id} entity={p} />
        </>
      ))}
    </>
  );
}

/**
 * The membership dashboard of a partnership: the seat table as of a day (filled, unknown, vacant,
 * with evidence), sector coverage, attendees without a seat, chair and deputy rules; a meeting's
 * quorum clause by clause; attendance rates over a window against the terms' rule.
 */
export default function MembershipView({ id, location }: ViewProps) {
  const partnershipId = id ?? "partnership:lsc-icp";
  const asOf = location.params.get("asOf") || todayIso();
  const meeting = location.params.get("meeting");
  const to = location.params.get("to") || asOf;
  const from = location.params.get("from") || minusMonths(to, 12);
  const base = useQuery(Partnerships, { id: partnershipId });
  const gaps = useQuery(Gaps, { id: partnershipId, asOf });
  const quorum = useQuery(Quorum, meeting ? { meeting } : null);
  const attendance = useQuery(Attendance, { id: partnershipId, from, to });
  const name = base.data?.partnership?.label ?? partnershipId;
  useTitle(`Membership: ${name}`);
  const go = (changes: Record<string, string | null>) =>
    navigate(
      href("membership", changes.partnership ?? partnershipId, {
        asOf,
        meeting,
        from: location.params.get("from"),
        to: location.params.get("to"),
        ...changes,
        partnership: null,
      }),
      {
        replace: true,
      },
    );
  const meetings = (base.data?.partnership?.meetings ?? []).filter((m) => m.status === "held" && m.date);

  return (
    <>
      <h1 tabIndex={-1}>Membership dashboard: {name}</h1>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="m-partnership">Partnership</label>
          <select id="m-partnership" value={partnershipId} onChange={(e) => go({ partnership: (e.target as HTMLSelectElement).value, meeting: null })}>
            {(base.data?.partnerships.edges ?? [{ node: { id: partnershipId, name } }]).map((e) => (
              <option key={e.node.id} value={e.node.id}>
                {e.node.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="m-asof">As of</label>
          <input
            id="m-asof"
            type="date"
            value={asOf}
            onChange={(e) => (e.target as HTMLInputElement).value && go({ asOf: (e.target as HTMLInputElement).value })}
          />
        </div>
        <p class="muted">
          <a href={href("entity", partnershipId)}>Partnership page</a> · <a href={href("map", partnershipId)}>relationship map</a>
        </p>
      </form>

      <Await state={gaps} what="the seat table">
        {({ membershipGaps: g }) => {
          const count = (s: string) => g.seats.filter((x) => x.status === s).length;
          return (
            <>
              <p class="summary" role="status">
                {g.terms ? (
                  <>
                    Terms in force on {formatDate(g.asOf)}: <EntityLink entity={g.terms} /> ({g.terms.status}). <strong>{g.seats.length} seats</strong>:{" "}
                    {count("FILLED")} filled, {count("UNKNOWN")} unknown, {count("VACANT")} vacant.
                  </>
                ) : (
                  <>No terms of reference with seats apply to this partnership on {formatDate(g.asOf)}.</>
                )}
              </p>
              {g.notes.map((n) => (
                <p class="note" key={n}>
                  {n}
                </p>
              ))}
              {g.seats.length > 0 && (
                <Section title="Seats" count={g.seats.length}>
                  <div class="table-wrap">
                    <table class="seats">
                      <caption class="visually-hidden">Seats of the terms in force on {formatDate(g.asOf)}</caption>
                      <thead>
                        <tr>
                          <th scope="col">#</th>
                          <th scope="col">Seat</th>
                          <th scope="col">Sector</th>
                          <th scope="col">Status</th>
                          <th scope="col">Holder or candidates</th>
                          <th scope="col">Evidence</th>
                        </tr>
                      </thead>
                      <tbody>
                        {g.seats.map((s) => (
                          <tr key={s.seat.id}>
                            <td>{s.seat.ordinal}</td>
                            <td>
                              <a href={href("entity", s.seat.id)}>{s.seat.label}</a>
                              {s.basis !== "stated" && <span class="muted"> ({s.basis})</span>}
                            </td>
                            <td>{s.sector ? <EntityLink entity={s.sector} /> : "—"}</td>
                            <td>
                              <Outcome value={s.status} />
                            </td>
                            <td>
                              {s.holder ? <EntityLink entity={s.holder} /> : s.candidates.length ? <span class="muted">candidates: </span> : null}
                              {!s.holder && <People people={s.candidates} />}
                            </td>
                            <td class="reason">
                              <span class="muted">{s.reason}</span> {s.evidence && <Sources sources={s.evidence.sources} />}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </Section>
              )}
              {g.seats.length > 0 && (
                <Section title="Sector coverage">
                  <SectorChart seats={g.seats} />
                  <h3 id="no-filled">Sectors with no seat filled ({g.sectorsWithoutFilledSeat.length})</h3>
                  <ul class="inline-list" aria-labelledby="no-filled">
                    {g.sectorsWithoutFilledSeat.map((s) => (
                      <li key={s.id}>
                        <EntityLink entity={s} />
                      </li>
                    ))}
                  </ul>
                </Section>
              )}
              <div class="two-col">
                <Section title="Attendees without a seat" count={g.attendeesWithoutSeat.length}>
                  <p class="muted">Recorded at the partnership's meetings in the 12 months to {formatDate(g.asOf)}, holding no seat.</p>
                  <ul class="inline-list">
                    {g.attendeesWithoutSeat.map((p) => (
                      <li key={p.id}>
                        <EntityLink entity={p} />
                      </li>
                    ))}
                  </ul>
                </Section>
                <Section title="Chair and deputy">
                  {g.positionRules.length === 0 && <p class="muted">The terms hold no chair or deputy rule.</p>}
                  {g.positionRules.map((r) => (
                    <div class="rule" key={r.rule.id}>
                      <h3>{r.rule.kind === "deputy" ? "Deputy chair" : r.rule.kind[0]!.toUpperCase() + r.rule.kind.slice(1)}</h3>
                      <p>
                        {r.rule.text} <Sources sources={r.rule.sources} />
                      </p>
                      <p>
                        <strong>Held by: </strong>
                        {r.holders.length === 0 && <span class="muted">no holder recorded</span>}
                        {r.holders.map((h) => (
                          <span key={h.person.id}>
                            <EntityLink entity={h.person} /> ({h.position}
                            {h.since && `, since ${formatDate(h.since)}`}) <Sources sources={h.sources} />
                          </span>
                        ))}
                      </p>
                    </div>
                  ))}
                </Section>
              </div>
              {g.meetings.length > 0 && (
                <Section title="Partners each meeting lacked" count={g.meetings.length}>
                  <ul class="fact-list">
                    {g.meetings.map((m) => (
                      <li key={m.meeting.id}>
                        <span class="fact">
                          <EntityLink entity={m.meeting} /> {formatDate(m.meeting.date)}:{" "}
                          {m.gaps.map((gp, i) => (
                            <span key={gp.name}>
                              {i > 0 && "; "}
                              {gp.name} <Outcome value={gp.status} />
                            </span>
                          ))}
                        </span>
                      </li>
                    ))}
                  </ul>
                </Section>
              )}
            </>
          );
        }}
      </Await>

      <Section title="Quorum of a meeting">
        <div class="controls">
          <div class="field">
            <label for="m-meeting">Meeting</label>
            <select id="m-meeting" value={meeting ?? ""} onChange={(e) => go({ meeting: (e.target as HTMLSelectElement).value || null })}>
              <option value="">Choose a meeting…</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {formatDate(m.date)} — {m.body?.label ?? m.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {meeting && (
          <Await state={quorum} what="the quorum">
            {({ quorum: q }) => (
              <>
                <p role="status">
                  <EntityLink entity={q.meeting} /> on {formatDate(q.meeting.date)}: <Outcome value={q.outcome} /> — {q.reason}
                  {q.terms && (
                    <span class="muted">
                      {" "}
                      (terms: <EntityLink entity={q.terms} />)
                    </span>
                  )}
                </p>
                <table class="quorum">
                  <caption class="visually-hidden">Quorum clauses and their results</caption>
                  <thead>
                    <tr>
                      <th scope="col">Clause</th>
                      <th scope="col">Needs</th>
                      <th scope="col">Result</th>
                      <th scope="col">Why, and who was counted</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.clauses.map((c) => (
                      <tr key={c.rule.id}>
                        <td>
                          {c.rule.text} <Sources sources={c.rule.sources} />
                        </td>
                        <td>{c.required ?? "—"}</td>
                        <td>
                          <Outcome value={c.outcome} />
                        </td>
                        <td>
                          {c.reason}
                          {c.counted.length > 0 && (
                            <div class="muted">
                              Counted: <People people={c.counted} />
                            </div>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </Await>
        )}
      </Section>

      <Section title="Attendance rates">
        <form class="controls" onSubmit={(e) => e.preventDefault()}>
          <div class="field">
            <label for="m-from">From</label>
            <input id="m-from" type="date" value={from} onChange={(e) => go({ from: (e.target as HTMLInputElement).value || null })} />
          </div>
          <div class="field">
            <label for="m-to">To</label>
            <input id="m-to" type="date" value={to} onChange={(e) => go({ to: (e.target as HTMLInputElement).value || null })} />
          </div>
        </form>
        <Await state={attendance} what="attendance">
          {({ attendance: rows }) =>
            rows.length === 0 ? (
              <p class="muted">No meetings of this partnership were held in this window.</p>
            ) : (
              <table class="attendance">
                <caption class="visually-hidden">
                  Attendance from {formatDate(from)} to {formatDate(to)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Who</th>
                    <th scope="col">Expected</th>
                    <th scope="col">Present</th>
                    <th scope="col">Apologies</th>
                    <th scope="col">Rate</th>
                    <th scope="col">Terms' rule</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.subject.id} class={r.belowThreshold ? "flagged" : undefined}>
                      <td>
                        <EntityLink entity={r.subject} badge />
                      </td>
                      <td>{r.expected}</td>
                      <td>{r.present}</td>
                      <td>{r.apologies}</td>
                      <td>
                        {r.rate === null || r.rate === undefined ? (
                          "—"
                        ) : (
                          <span class="rate">
                            <span class="rate-bar" aria-hidden="true">
                              <span style={{ width: `${Math.round(r.rate * 100)}%` }} />
                            </span>
                            {Math.round(r.rate * 100)}%
                          </span>
                        )}
                      </td>
                      <td>
                        {!r.ruleApplies ? (
                          <span class="muted">does not apply</span>
                        ) : r.belowThreshold ? (
                          <strong class="flag">⚑ below {Math.round((r.threshold ?? 0) * 100)}%</strong>
                        ) : (
                          <span>meets {Math.round((r.threshold ?? 0) * 100)}%</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </Await>
      </Section>
    </>
  );
}
