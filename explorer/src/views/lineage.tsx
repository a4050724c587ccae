import { graphql, type ResultOf } from "../graphql.js";
import { CitationFields, Quotes } from "../ui/citation.js";
import { Await, EntityLink, KindBadge, MONTHS, Section, useQuery, useTitle } from "../ui/common.js";
import { EntitySearch } from "../ui/entity-search.js";
import { href, navigate } from "../router.js";
import type { ViewProps } from "../main.js";

const LineageQuery = graphql(
  `
    query Lineage($id: ID!) {
      lineage(id: $id) {
        subject {
          id
          label
          entityType
        }
        origins {
          id
          label
          entityType
        }
        destinations {
          id
          label
          entityType
        }
        steps {
          position
          date
          dateText
          dated
          relation
          verb
          stream
          note
          subject {
            id
            label
            entityType
          }
          event {
            id
            label
            entityType
          }
          body {
            id
            label
            entityType
          }
          sources {
            ...CitationFields
          }
        }
      }
    }
  `,
  [CitationFields],
);
type Step = ResultOf<typeof LineageQuery>["lineage"]["steps"][number];

/** When a step happened, as a span of days: one day for an exact date, the month for "September 2024", the year for "2025". */
export function stepSpan(step: { date?: string | null; dateText?: string | null }): { start: number; end: number; exact: boolean } | null {
  const day = 86_400_000;
  if (step.date) {
    const t = Date.parse(`${step.date}T00:00:00Z`);
    return Number.isNaN(t) ? null : { start: t, end: t + day, exact: true };
  }
  const text = step.dateText ?? "";
  const month = new RegExp(`\\b(${MONTHS.join("|")})\\s+(\\d{4})\\b`, "i").exec(text);
  if (month) {
    const m = MONTHS.findIndex((x) => x.toLowerCase() === month[1]!.toLowerCase());
    const y = Number(month[2]);
    return { start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1), exact: false };
  }
  const year = /\b(\d{4})\b/.exec(text);
  if (year) return { start: Date.UTC(Number(year[1]), 0, 1), end: Date.UTC(Number(year[1]) + 1, 0, 1), exact: false };
  return null;
}

const STREAMS = ["ORIGIN", "SUBJECT", "DESTINATION"] as const;
const STREAM_LABEL = { ORIGIN: "Where it came from", SUBJECT: "Its own steps", DESTINATION: "Where it went" } as const;
const STREAM_COLOUR = { ORIGIN: "#6f42c1", SUBJECT: "#0b57d0", DESTINATION: "#0a7d5a" } as const;

/** The steps on a time axis: exact days as dots, month- or year-only dates as bars across their span. */
function TimeAxis({ steps }: { steps: readonly Step[] }) {
  const placed = steps.map((s) => ({ s, span: stepSpan(s) }));
  const spans = placed.flatMap((p) => (p.span ? [p.span] : []));
  if (!spans.length) return <p class="muted">No step is dated, so there is no time axis.</p>;
  const lanes = STREAMS.filter((st) => steps.some((s) => s.stream === st));
  const min = Math.min(...spans.map((s) => s.start));
  const max = Math.max(...spans.map((s) => s.end));
  const pad = Math.max((max - min) * 0.08, 20 * 86_400_000);
  const t0 = min - pad;
  const t1 = max + pad;
  const width = 1100;
  const left = 150;
  const laneH = 56;
  const top = 12;
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * (width - left - 20);
  const axisY = top + lanes.length * laneH + 8;
  const ticks: { t: number; label: string }[] = [];
  const start = new Date(t0);
  const months = (t1 - t0) / (30 * 86_400_000);
  const step = months > 36 ? 12 : months > 18 ? 6 : months > 8 ? 3 : 1;
  for (
    let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    d.getTime() < t1;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1))
  ) {
    if (step >= 3 && d.getUTCMonth() % step !== 0) continue;
    ticks.push({ t: d.getTime(), label: `${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()}` });
  }
  const undated = placed.filter((p) => !p.span);
  return (
    <figure class="timeaxis">
      <svg viewBox={`0 0 ${width} ${axisY + 40}`} width="100%" role="img" aria-label={`Time axis of ${steps.length} steps`}>
        {lanes.map((lane, i) => (
          <g key={lane}>
            <text x="8" y={top + i * laneH + 26} font-size="12" fill="#57606a">
              {STREAM_LABEL[lane]}
            </text>
            <line x1={left} x2={width - 20} y1={top + i * laneH + 22} y2={top + i * laneH + 22} stroke="#d0d7de" stroke-dasharray="3 3" />
          </g>
        ))}
        <line x1={left} x2={width - 20} y1={axisY} y2={axisY} stroke="#57606a" />
        {ticks.map((tk) => (
          <g key={tk.t}>
            <line x1={x(tk.t)} x2={x(tk.t)} y1={axisY} y2={axisY + 5} stroke="#57606a" />
            <text x={x(tk.t)} y={axisY + 18} font-size="11" text-anchor="middle" fill="#57606a">
              {tk.label}
            </text>
          </g>
        ))}
        {placed.map(({ s, span }) => {
          if (!span) return null;
          const lane = lanes.indexOf(s.stream);
          const y = top + lane * laneH + 22;
          const colour = STREAM_COLOUR[s.stream];
          const label = `${s.position}. ${s.date ?? s.dateText}`;
          return (
            <g key={s.position} class="axis-step">
              <title>{`${s.position}. ${s.verb} ${s.event.label} (${s.date ?? s.dateText})`}</title>
              {span.exact ? (
                <circle cx={x(span.start)} cy={y} r="7" fill={colour} />
              ) : (
                <rect
                  x={x(span.start)}
                  y={y - 6}
                  width={Math.max(6, x(span.end) - x(span.start))}
                  height="12"
                  rx="6"
                  fill="#fff"
                  stroke={colour}
                  stroke-width="2.5"
                />
              )}
              <text x={x(span.start)} y={y - 12} font-size="12" fill="#1f2328" font-weight="600">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">
        ● an exact day · ▭ a date known only to the month or year, drawn across that span
        {undated.length > 0 && ` · ${undated.length} undated step(s), listed after the dated ones`}
      </figcaption>
    </figure>
  );
}

/** How a priority, theme, decision or terms version travelled: steps in order, on a time axis, with their quotes. */
export default function LineageView({ id }: ViewProps) {
  const state = useQuery(LineageQuery, id ? { id } : null);
  const subject = state.data?.lineage.subject;
  useTitle(`Lineage: ${subject?.label ?? id ?? "choose"}`);
  return (
    <>
      <h1 tabIndex={-1}>Lineage{subject ? `: ${subject.label}` : ""}</h1>
      <EntitySearch
        label="Lineage of"
        placeholder="a priority, theme, decision or terms of reference"
        types={["PRIORITY", "RESOLUTION", "STRATEGY", "TERMS_OF_REFERENCE"]}
        onPick={(e) => navigate(href("lineage", e.id))}
      />
      {id && (
        <Await state={state} what="the lineage">
          {({ lineage: l }) =>
            !l.subject ? (
              <p>No entity has the id {id}.</p>
            ) : (
              <>
                <p class="eyebrow">
                  <KindBadge kind={l.subject.entityType} /> <a href={href("entity", l.subject.id)}>entity page</a> ·{" "}
                  <a href={href("map", l.subject.id)}>relationship map</a>
                </p>
                {l.steps.length === 0 ? (
                  <p>No step of its lineage is recorded.</p>
                ) : (
                  <>
                    <TimeAxis steps={l.steps} />
                    <Section title="Steps" count={l.steps.length}>
                      <ol class="steps">
                        {l.steps.map((s) => (
                          <li key={s.position} class={`step stream-${s.stream.toLowerCase()}`}>
                            <div class="step-head">
                              <span class="step-date">{s.date ?? s.dateText ?? "undated"}</span>
                              {s.stream !== "SUBJECT" && <EntityLink entity={s.subject} />} <span class="verb">{s.verb}</span>{" "}
                              <EntityLink entity={s.event} badge />
                              {s.body && (
                                <span class="muted">
                                  {" "}
                                  · <EntityLink entity={s.body} />
                                </span>
                              )}
                              {s.note && <span class="muted"> · {s.note}</span>}
                              {!s.dated && s.date === null && s.dateText && (
                                <span class="muted"> (date known to the {/^\d{4}$/.test(s.dateText) ? "year" : "month"})</span>
                              )}
                            </div>
                            <Quotes sources={s.sources} />
                          </li>
                        ))}
                      </ol>
                    </Section>
                  </>
                )}
                <div class="two-col">
                  <Section title="Where it came from" count={l.origins.length}>
                    {l.origins.length === 0 ? (
                      <p class="muted">Nothing is recorded as feeding into it.</p>
                    ) : (
                      <ul class="plain">
                        {l.origins.map((o) => (
                          <li key={o.id}>
                            <EntityLink entity={o} badge /> · <a href={href("lineage", o.id)}>its lineage</a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </Section>
                  <Section title="Where it went" count={l.destinations.length}>
                    {l.destinations.length === 0 ? (
                      <p class="muted">It is not recorded as feeding into anything else.</p>
                    ) : (
                      <ul class="plain">
                        {l.destinations.map((o) => (
                          <li key={o.id}>
                            <EntityLink entity={o} badge /> · <a href={href("lineage", o.id)}>its lineage</a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </Section>
                </div>
              </>
            )
          }
        </Await>
      )}
    </>
  );
}
