import type { Core } from "cytoscape";
import { useEffect, useRef, useState } from "preact/hooks";
import { request } from "../api.js";
import { graphql, type ResultOf } from "../graphql.js";
import { createGraph, edgeCaption, edgeElement, edgeId, GraphControls, layoutOptions, nodeElement, type LayoutName, Legend } from "../graph/draw.js";
import { KINDS, KIND_ORDER, type EntityType } from "../kinds.js";
import { CitationFields, Quotes, type Cite } from "../ui/citation.js";
import { EntityLink, ErrorBox, KindBadge, Loading, useTitle, type EntityRef } from "../ui/common.js";
import { EntitySearch } from "../ui/entity-search.js";

import { href, navigate } from "../router.js";
import type { ViewProps } from "../main.js";

const Neighbourhood = graphql(
  `
    query Neighbourhood($id: ID!, $depth: Int, $types: [EntityType!]) {
      neighbourhood(id: $id, depth: $depth, types: $types) {
        truncated
        centre {
          id
          label
          entityType
        }
        nodes {
          id
          label
          entityType
        }
        edges {
          type
          fromId
          toId
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
type Sub = ResultOf<typeof Neighbourhood>["neighbourhood"];
type Edge = Sub["edges"][number];

interface MapState {
  nodes: Map<string, EntityRef>;
  edges: Map<string, Edge>;
  expanded: Set<string>;
  truncated: boolean;
}

function merge(state: MapState, sub: Sub, expandedId: string): MapState {
  const nodes = new Map(state.nodes);
  const edges = new Map(state.edges);
  for (const n of sub.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  for (const e of sub.edges) edges.set(edgeId(e), e);
  return { nodes, edges, expanded: new Set([...state.expanded, expandedId]), truncated: state.truncated || sub.truncated };
}

/**
 * The relationship map: an entity's neighbourhood (depth 1–3, neighbours filtered by kind) drawn
 * with Cytoscape; a click on a node adds its own neighbours, a click on an edge shows its quotes.
 * The nodes are also listed, each with an Expand button, for the keyboard.
 */
export default function MapView({ id, location }: ViewProps) {
  const depth = Math.min(3, Math.max(1, Number(location.params.get("depth") ?? 1) || 1));
  const typesParam = location.params.get("types");
  const types = typesParam ? (typesParam.split(",").filter((t) => t in KINDS) as EntityType[]) : null;
  const layout: LayoutName = location.params.get("layout") === "dagre" ? "dagre" : "cose";
  const [state, setState] = useState<MapState | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [selected, setSelected] = useState<{ node?: string; edge?: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const centre = id ? state?.nodes.get(id) : undefined;
  useTitle(`Map: ${centre?.label ?? id ?? "choose"}`);

  const set = (changes: Record<string, string | number | null>) =>
    navigate(href("map", id, { depth, types: types?.join(",") ?? null, layout: layout === "cose" ? null : layout, ...changes }), { replace: true });

  // The neighbourhood of the centre, afresh whenever the centre, depth or kinds change.
  useEffect(() => {
    if (!id) return;
    let live = true;
    setState(null);
    setError(null);
    setSelected(null);
    request(Neighbourhood, { id, depth, types }).then(
      (d) => live && setState(merge({ nodes: new Map(), edges: new Map(), expanded: new Set(), truncated: false }, d.neighbourhood, id)),
      (e: Error) => live && setError(e),
    );
    return () => void (live = false);
  }, [id, depth, typesParam]);

  const lastExpanded = useRef<string | null>(null);
  const expand = async (nodeId: string) => {
    if (!state || state.expanded.has(nodeId)) return;
    setBusy(nodeId);
    lastExpanded.current = nodeId;
    try {
      const d = await request(Neighbourhood, { id: nodeId, depth: 1, types });
      setState((s) => (s ? merge(s, d.neighbourhood, nodeId) : s));
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(null);
    }
  };
  const expandRef = useRef(expand);
  expandRef.current = expand;

  // Draw: create the graph once per centre, then add what expansion brought and lay out again.
  useEffect(() => {
    if (!state || !container.current) return;
    const elements = [
      ...[...state.nodes.values()].map((n) => nodeElement(n, { centre: n.id === id, expanded: state.expanded.has(n.id) && n.id !== id })),
      ...[...state.edges.values()].filter((e) => state.nodes.has(e.fromId) && state.nodes.has(e.toId)).map((e) => edgeElement(e)),
    ];
    if (!cy.current) {
      const g = createGraph(container.current, elements, layout);
      g.on("tap", "node", (ev) => {
        const nid = ev.target.id() as string;
        setSelected({ node: nid });
        void expandRef.current(nid);
      });
      g.on("tap", "edge", (ev) => setSelected({ edge: ev.target.id() as string }));
      cy.current = g;
      return;
    }
    const g = cy.current;
    const fresh = elements.filter((el) => g.getElementById(el.data.id!).empty());
    for (const el of elements) {
      const existing = g.getElementById(el.data.id!);
      if (existing.nonempty()) existing.data(el.data);
    }
    if (fresh.length) {
      // New neighbours start beside the node that brought them, so the layout settles them there.
      const from = lastExpanded.current ? g.getElementById(lastExpanded.current) : null;
      const at = from?.nonempty() ? from.position() : { x: 0, y: 0 };
      g.add(
        fresh.map((el) => (el.group === "nodes" ? { ...el, position: { x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 } } : el)),
      );
      g.layout(layoutOptions(layout, false)).run();
    }
  }, [state, layout]);

  // A new centre (or layout) starts a new drawing.
  useEffect(
    () => () => {
      cy.current?.destroy();
      cy.current = null;
    },
    [id, depth, typesParam, layout],
  );

  const kinds = state ? KIND_ORDER.filter((k) => [...state.nodes.values()].some((n) => n.entityType === k)) : [];
  const selNode = selected?.node ? state?.nodes.get(selected.node) : undefined;
  const selEdge = selected?.edge ? state?.edges.get(selected.edge) : undefined;
  const fileName = `map-${(id ?? "graph").replace(/[^a-z0-9-]+/gi, "-")}`;

  return (
    <>
      <h1 tabIndex={-1}>Relationship map{centre ? `: ${centre.label}` : ""}</h1>
      <EntitySearch label="Centre the map on" placeholder="any entity" onPick={(e) => navigate(href("map", e.id, { depth }))} />
      {id && (
        <>
          <div class="controls map-controls">
            <div class="field">
              <label for="map-depth">Depth</label>
              <select id="map-depth" value={depth} onChange={(e) => set({ depth: Number((e.target as HTMLSelectElement).value) })}>
                <option value="1">1 step</option>
                <option value="2">2 steps</option>
                <option value="3">3 steps</option>
              </select>
            </div>
            <div class="field">
              <label for="map-layout">Layout</label>
              <select id="map-layout" value={layout} onChange={(e) => set({ layout: (e.target as HTMLSelectElement).value === "dagre" ? "dagre" : null })}>
                <option value="cose">Force-directed</option>
                <option value="dagre">Directed (left to right)</option>
              </select>
            </div>
            <GraphControls cy={cy} name={fileName} />
          </div>
          <details class="kind-filter">
            <summary>Filter neighbours by kind{types ? ` (${types.length} chosen)` : " (all kinds)"}</summary>
            <fieldset>
              <legend class="visually-hidden">Kinds of neighbour to show</legend>
              {KIND_ORDER.filter((k) => k !== "DOCUMENT").map((k) => (
                <label key={k} class="check">
                  <input
                    type="checkbox"
                    checked={!types || types.includes(k)}
                    onChange={(e) => {
                      const all = KIND_ORDER.filter((x) => x !== "DOCUMENT");
                      const now = new Set(types ?? all);
                      if ((e.target as HTMLInputElement).checked) now.add(k);
                      else now.delete(k);
                      set({ types: now.size === all.length ? null : [...now].join(",") || null });
                    }}
                  />{" "}
                  {KINDS[k].plural}
                </label>
              ))}
            </fieldset>
          </details>
          {error && <ErrorBox error={error} />}
          {!state && !error && <Loading what="the neighbourhood" />}
          <div class="map-layout">
            <figure class="map" data-nodes={state?.nodes.size ?? 0} data-edges={state?.edges.size ?? 0}>
              <div
                ref={container}
                class="map-canvas"
                role="img"
                aria-label={
                  state
                    ? `Relationship map of ${centre?.label ?? id}: ${state.nodes.size} entities and ${state.edges.size} relationships, listed below.`
                    : "Relationship map"
                }
              />
              <figcaption class="muted">
                {state && (
                  <>
                    {state.nodes.size} entities, {state.edges.size} relationships{state.truncated && " (limited to 200 neighbours)"}. Click a node to add its
                    neighbours; click an edge for its evidence.
                    {busy && <span role="status"> Expanding…</span>}
                  </>
                )}
              </figcaption>
            </figure>
            <aside class="map-side" aria-label="Legend and selection">
              <Legend kinds={kinds} />
              <div class="selection" aria-live="polite">
                {selNode && (
                  <div>
                    <h2>
                      <KindBadge kind={selNode.entityType} /> {selNode.label}
                    </h2>
                    <p>
                      <a href={href("entity", selNode.id)}>Entity page</a> · <a href={href("map", selNode.id, { depth })}>centre the map here</a>
                    </p>
                    <p class="muted">{state?.expanded.has(selNode.id) ? "Its neighbours are on the map." : "Adding its neighbours…"}</p>
                  </div>
                )}
                {selEdge && state && (
                  <div>
                    <h2>{edgeCaption(selEdge)}</h2>
                    <p>
                      <EntityLink entity={state.nodes.get(selEdge.fromId)!} /> → <EntityLink entity={state.nodes.get(selEdge.toId)!} />
                    </p>
                    <Quotes sources={selEdge.sources as readonly Cite[]} />
                  </div>
                )}
                {!selNode && !selEdge && <p class="muted">Select a node or an edge.</p>}
              </div>
            </aside>
          </div>
          {state && (
            <details class="node-list">
              <summary>All {state.nodes.size} entities on the map (expand from the keyboard)</summary>
              <ul class="plain">
                {[...state.nodes.values()].map((n) => (
                  <li key={n.id}>
                    <EntityLink entity={n} badge />{" "}
                    <button
                      type="button"
                      disabled={state.expanded.has(n.id) || busy !== null}
                      onClick={() => void expand(n.id)}
                      aria-label={`Expand ${n.label}`}
                    >
                      {state.expanded.has(n.id) ? "Expanded" : "Expand"}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </>
  );
}
