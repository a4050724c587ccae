import { graphql } from "../graphql.js";
import { CitationFields, Sources } from "../ui/citation.js";
import { Await, EntityLink, KindBadge, formatDate, useQuery, useTitle, words } from "../ui/common.js";
import { EntitySearch } from "../ui/entity-search.js";
import { href, navigate } from "../router.js";
import type { ViewProps } from "../main.js";

const Timeline = graphql(
  `
    query Timeline($id: ID!, $from: Date, $to: Date) {
      node(id: $id) {
        id
        label
        entityType
      }
      timeline(id: $id, from: $from, to: $to) {
        date
        relation
        direction
        label
        node {
          id
          label
          entityType
        }
        sources {
          ...CitationFields
        }
      }
    }
  `,
  [CitationFields],
);

// How a dated fact reads from the entity's side: "attended", "held the position", "affiliated with"…
const VERB: Record<string, [string, string]> = {
  ATTENDED: ["attended", "was attended by"],
  HELD_POSITION: ["held a position in", "had as position holder"],
  AFFILIATED_WITH: ["affiliated with", "had as affiliate"],
  MEETING_OF: ["meeting of", "met as"],
};

/** Every dated fact about a person, organisation or other entity, oldest first, grouped by year. */
export default function TimelineView({ id, location }: ViewProps) {
  const from = location.params.get("from");
  const to = location.params.get("to");
  const state = useQuery(Timeline, id ? { id, from, to } : null);
  const subject = state.data?.node;
  useTitle(`Timeline: ${subject?.label ?? id ?? "choose"}`);
  const set = (changes: Record<string, string | null>) => navigate(href("timeline", id, { from, to, ...changes }), { replace: true });
  return (
    <>
      <h1 tabIndex={-1}>Timeline{subject ? `: ${subject.label}` : ""}</h1>
      <div class="controls path-controls">
        <EntitySearch label="Timeline of" placeholder="a person, organisation, body…" onPick={(e) => navigate(href("timeline", e.id))} />
        <div class="field">
          <label for="t-from">From</label>
          <input id="t-from" type="date" value={from ?? ""} onChange={(e) => set({ from: (e.target as HTMLInputElement).value || null })} />
        </div>
        <div class="field">
          <label for="t-to">To</label>
          <input id="t-to" type="date" value={to ?? ""} onChange={(e) => set({ to: (e.target as HTMLInputElement).value || null })} />
        </div>
      </div>
      {id && (
        <Await state={state} what="the timeline">
          {(d) => {
            if (!d.node) return <p>No entity has the id {id}.</p>;
            const years = new Map<string, typeof d.timeline>();
            for (const e of d.timeline) years.set(e.date.slice(0, 4), [...(years.get(e.date.slice(0, 4)) ?? []), e]);
            return (
              <>
                <p class="eyebrow">
                  <KindBadge kind={d.node.entityType} /> <a href={href("entity", d.node.id)}>entity page</a> ·{" "}
                  <a href={href("map", d.node.id)}>relationship map</a> · {d.timeline.length} dated facts
                </p>
                {d.timeline.length === 0 && <p>No dated fact is recorded{from || to ? " in this period" : ""}.</p>}
                <ol class="timeline">
                  {[...years].map(([year, entries]) => (
                    <li key={year} class="year">
                      <h2>{year}</h2>
                      <ol class="plain">
                        {entries.map((e, i) => (
                          <li key={i} class="tl-entry">
                            <span class="tl-date">{formatDate(e.date)}</span>
                            <span class="fact">
                              <span class="verb">{VERB[e.relation]?.[e.direction === "OUT" ? 0 : 1] ?? words(e.relation)}</span>{" "}
                              <EntityLink entity={e.node} badge />
                              {e.label && <span class="muted"> · {e.label}</span>}
                            </span>
                            <Sources sources={e.sources} />
                          </li>
                        ))}
                      </ol>
                    </li>
                  ))}
                </ol>
              </>
            );
          }}
        </Await>
      )}
    </>
  );
}
