import type { Core } from "cytoscape";
import { useEffect, useRef } from "preact/hooks";
import { graphql, type ResultOf } from "../graphql.js";
import { createGraph, edgeCaption, edgeElement, GraphControls, nodeElement, Legend } from "../graph/draw.js";
import { KIND_ORDER } from "../kinds.js";
import { CitationFields, Quotes } from "../ui/citation.js";
import { Await, EntityLink, useQuery, useTitle } from "../ui/common.js";
import { EntitySearch } from "../ui/entity-search.js";

import { href, navigate } from "../router.js";
import type { ViewProps } from "../main.js";

const Labels = graphql(`
  query PathEnds($from: ID!, $to: ID!) {
    from: node(id: $from) {
      id
      label
      entityType
    }
    to: node(id: $to) {
      id
      label
      entityType
    }
  }
`);

const Paths = graphql(
  `
    query Paths($from: ID!, $to: ID!, $maxHops: Int) {
      paths(from: $from, to: $to, maxHops: $maxHops, first: 5) {
        length
        nodes {
          id
          label
          entityType
        }
        edges {
          type
          fromId
          toId
          forward
          date
          label
          sources {
            ...CitationFields
          }
        }
      }
    }
  `,
  [CitationFields],
);
type Path = ResultOf<typeof Paths>["paths"][number];

/** Every path's nodes and edges in one directed drawing, left to right from the first entity. */
function PathGraph({ paths, name }: { paths: readonly Path[]; name: string }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const nodes = new Map(paths.flatMap((p) => p.nodes.map((n) => [n.id, n] as const)));
    const edges = new Map(paths.flatMap((p) => p.edges.map((e) => [`${e.fromId}|${e.type}|${e.toId}|${e.label ?? ""}|${e.date ?? ""}`, e] as const)));
    const first = paths[0]?.nodes[0]?.id;
    const last = paths[0]?.nodes.at(-1)?.id;
    const elements = [
      ...[...nodes.values()].map((n) => nodeElement(n, { centre: n.id === first || n.id === last })),
      // Drawn along the path (earlier entity → later) so the layout reads left to right; the
      // caption keeps the relationship's own words, and the list below says which way it points.
      ...[...edges.values()].map((e) => edgeElement(e.forward ? e : { ...e, fromId: e.toId, toId: e.fromId }, { onPath: true })),
    ];
    cy.current = createGraph(container.current, elements, "dagre");
    return () => {
      cy.current?.destroy();
      cy.current = null;
    };
  }, [paths]);
  const kinds = KIND_ORDER.filter((k) => paths.some((p) => p.nodes.some((n) => n.entityType === k)));
  return (
    <div class="map-layout">
      <figure class="map" data-nodes={new Set(paths.flatMap((p) => p.nodes.map((n) => n.id))).size}>
        <div
          ref={container}
          class="map-canvas path-canvas"
          role="img"
          aria-label={`${paths.length} shortest paths drawn left to right; each is listed below with its quotes.`}
        />
      </figure>
      <aside class="map-side" aria-label="Legend and export">
        <Legend kinds={kinds} />
        <GraphControls cy={cy} name={name} style={{ marginTop: "0.8rem" }} />
      </aside>
    </div>
  );
}

/** Path finder: two entities → the shortest evidence-backed paths, drawn and listed with their quotes. */
export default function PathsView({ location }: ViewProps) {
  const from = location.params.get("from");
  const to = location.params.get("to");
  const maxHops = Math.min(6, Math.max(1, Number(location.params.get("maxHops") ?? 4) || 4));
  const ends = useQuery(Labels, from && to ? { from, to } : null);
  const result = useQuery(Paths, from && to ? { from, to, maxHops } : null);
  const fromLabel = ends.data?.from?.label;
  const toLabel = ends.data?.to?.label;
  useTitle(fromLabel && toLabel ? `Paths: ${fromLabel} → ${toLabel}` : "Path finder");
  const set = (changes: Record<string, string | number | null>) =>
    navigate(href("paths", null, { from, to, maxHops: maxHops === 4 ? null : maxHops, ...changes }));
  return (
    <>
      <h1 tabIndex={-1}>Path finder</h1>
      <p class="lede">The shortest chains of evidence-backed relationships between two entities (never through a source document).</p>
      <div class="controls path-controls">
        <EntitySearch
          key={`from-${fromLabel ?? from}`}
          label="From"
          initial={fromLabel ?? ""}
          placeholder="an organisation, person, body…"
          onPick={(e) => set({ from: e.id })}
        />
        <EntitySearch key={`to-${toLabel ?? to}`} label="To" initial={toLabel ?? ""} placeholder="another entity" onPick={(e) => set({ to: e.id })} />
        <div class="field">
          <label for="p-hops">At most</label>
          <select id="p-hops" value={maxHops} onChange={(e) => set({ maxHops: Number((e.target as HTMLSelectElement).value) })}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? "hop" : "hops"}
              </option>
            ))}
          </select>
        </div>
      </div>
      {from && to && (
        <Await state={result} what="paths">
          {({ paths }) =>
            paths.length === 0 ? (
              <p role="status">No path of at most {maxHops} hops links them.</p>
            ) : (
              <>
                <p role="status" class="summary">
                  {paths.length} shortest {paths.length === 1 ? "path" : "paths"} of {paths[0]!.length} hops from {fromLabel ?? from} to {toLabel ?? to}.
                </p>
                <PathGraph paths={paths} name={`paths-${from}-${to}`.replace(/[^a-z0-9-]+/gi, "-")} />
                {paths.map((p, i) => (
                  <section key={i} class="path" aria-labelledby={`path-${i}`}>
                    <h2 id={`path-${i}`}>
                      Path {i + 1}: {p.length} hops
                    </h2>
                    <ol class="path-steps">
                      {p.edges.map((e, j) => {
                        const a = p.nodes[j]!;
                        const b = p.nodes[j + 1]!;
                        return (
                          <li key={j} class="path-edge">
                            <div>
                              <EntityLink entity={a} badge /> <span class="verb">{e.forward ? "→" : "←"}</span> <span class="edge-type">{edgeCaption(e)}</span>{" "}
                              <span class="muted">({e.type.toLowerCase().replace(/_/g, " ")})</span> <span class="verb">{e.forward ? "→" : "←"}</span>{" "}
                              <EntityLink entity={b} badge />
                            </div>
                            <Quotes sources={e.sources} />
                          </li>
                        );
                      })}
                    </ol>
                  </section>
                ))}
              </>
            )
          }
        </Await>
      )}
    </>
  );
}
