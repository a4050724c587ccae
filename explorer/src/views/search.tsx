import { EntitySearch, SearchQuery, groupHits } from "../ui/entity-search.js";
import { Await, KindBadge, useQuery, useTitle } from "../ui/common.js";
import { KINDS, viewsFor } from "../kinds.js";
import { href, navigate } from "../router.js";
import type { ViewProps } from "../main.js";

/** The first view: type-ahead over search, and the full results for ?q= (shareable). */
export function SearchView({ location }: ViewProps) {
  const q = location.params.get("q") ?? "";
  useTitle(q ? `Search: ${q}` : "Search");
  const results = useQuery(SearchQuery, q.length >= 2 ? { text: q, first: 60, types: null } : null);
  return (
    <>
      <h1 tabIndex={-1}>Search the partnership graph</h1>
      <p class="lede">
        Organisations, people, partnerships and their bodies, meetings, decisions, priorities and terms of reference — every fact cited to its source.
      </p>
      <EntitySearch
        label="Search"
        placeholder="e.g. Transforming, Chorley Council, quorum"
        initial={q}
        autoFocus
        onPick={(e) => navigate(href("entity", e.id))}
        onText={(text, submitted) => submitted && navigate(href("search", null, { q: text }))}
      />
      {q.length >= 2 && (
        <section aria-labelledby="results-h" class="results">
          <h2 id="results-h">Results for “{q}”</h2>
          <Await state={results} what="results">
            {(d) =>
              d.search.length === 0 ? (
                <p>Nothing matches “{q}”.</p>
              ) : (
                groupHits(d.search).map((g) => (
                  <section key={g.kind} aria-labelledby={`g-${g.kind}`} class="result-group">
                    <h3 id={`g-${g.kind}`}>
                      {KINDS[g.kind].plural} <span class="count">({g.hits.length})</span>
                    </h3>
                    <ul class="plain">
                      {g.hits.map((h) => (
                        <li key={h.entity.id}>
                          <KindBadge kind={h.type} /> <a href={href("entity", h.entity.id)}>{h.entity.label}</a>{" "}
                          <span class="muted">matched in {h.matchedIn.join(", ")}</span>
                          {viewsFor(h.type)
                            .filter((v) => v.view !== "map")
                            .map((v) => (
                              <>
                                {" · "}
                                <a href={href(v.view, h.entity.id)} key={v.view}>
                                  {v.label}
                                </a>
                              </>
                            ))}
                        </li>
                      ))}
                    </ul>
                  </section>
                ))
              )
            }
          </Await>
        </section>
      )}
      {q.length < 2 && (
        <section aria-labelledby="start-h" class="start">
          <h2 id="start-h">Start from</h2>
          <ul class="plain">
            <li>
              <a href={href("entity", "partnership:lsc-icp")}>Lancashire and South Cumbria Integrated Care Partnership</a> ·{" "}
              <a href={href("membership", "partnership:lsc-icp")}>membership dashboard</a> · <a href={href("map", "partnership:lsc-icp")}>relationship map</a>
            </li>
            <li>
              <a href={href("lineage", "priority:transforming-community-services")}>How “Transforming Community Services” travelled</a>
            </li>
            <li>
              <a href={href("paths", null, { from: "org:chorley-council", to: "partnership:lsc-icp" })}>From Chorley Council to the LSC ICP</a>
            </li>
          </ul>
        </section>
      )}
    </>
  );
}
