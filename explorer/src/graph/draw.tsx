import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import dagre from "cytoscape-dagre";
import svg from "cytoscape-svg";
import { KINDS, type EntityType } from "../kinds.js";

// This module (and Cytoscape with it) is loaded only by the map and path views.
cytoscape.use(dagre);
cytoscape.use(svg);

export interface GraphNode {
  id: string;
  label: string;
  entityType: EntityType;
}
export interface GraphEdgeIn {
  type: string;
  fromId: string;
  toId: string;
  date?: string | null;
  label?: string | null;
}

export type LayoutName = "cose" | "dagre";

/** An edge's caption: what the relationship carries (status, role), else its type; and its day. */
export function edgeCaption(e: GraphEdgeIn): string {
  const what = e.label || e.type.toLowerCase().replace(/_/g, " ");
  return e.date ? `${what} · ${e.date}` : what;
}

export function edgeId(e: GraphEdgeIn): string {
  return `${e.fromId}|${e.type}|${e.toId}|${e.label ?? ""}|${e.date ?? ""}`;
}

function short(label: string): string {
  return label.length > 34 ? `${label.slice(0, 32)}…` : label;
}

export function nodeElement(n: GraphNode, extra: Record<string, unknown> = {}): ElementDefinition {
  return { group: "nodes", data: { id: n.id, label: short(n.label), full: n.label, kind: n.entityType, colour: KINDS[n.entityType].colour, ...extra } };
}
export function edgeElement(e: GraphEdgeIn, extra: Record<string, unknown> = {}): ElementDefinition {
  return { group: "edges", data: { id: edgeId(e), source: e.fromId, target: e.toId, caption: edgeCaption(e), type: e.type, ...extra } };
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(colour)",
      label: "data(label)",
      "font-size": 11,
      "font-family": "DejaVu Sans, system-ui, sans-serif",
      color: "#1f2328",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "130px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      width: 22,
      height: 22,
      "border-width": 2,
      "border-color": "#ffffff",
    },
  },
  { selector: "node[?centre]", style: { width: 34, height: 34, "border-color": "#1f2328", "border-width": 3, "font-weight": "bold" } },
  { selector: "node[?expanded]", style: { "border-color": "#1f2328", "border-style": "dashed" } },
  { selector: "node:selected", style: { "border-color": "#0b57d0", "border-width": 4 } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#8c959f",
      "target-arrow-color": "#8c959f",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
      label: "data(caption)",
      "font-size": 9,
      "font-family": "DejaVu Sans, system-ui, sans-serif",
      color: "#424a53",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.9,
      "text-background-padding": "1px",
    },
  },
  { selector: "edge[?onPath]", style: { width: 3, "line-color": "#0b57d0", "target-arrow-color": "#0b57d0" } },
];

export function layoutOptions(name: LayoutName, animate = false): cytoscape.LayoutOptions {
  if (name === "dagre")
    return { name: "dagre", rankDir: "LR", nodeSep: 30, rankSep: 120, edgeSep: 10, animate, fit: true, padding: 30 } as cytoscape.LayoutOptions;
  return {
    name: "cose",
    animate,
    fit: true,
    padding: 30,
    nodeRepulsion: () => 60000,
    idealEdgeLength: () => 120,
    nodeOverlap: 20,
    gravity: 0.6,
    numIter: 1500,
    randomize: false,
  } as cytoscape.LayoutOptions;
}

/** A Cytoscape graph in the container, coloured by kind, edges labelled. */
export function createGraph(container: HTMLElement, elements: ElementDefinition[], layout: LayoutName): Core {
  const cy = cytoscape({ container, elements, style: STYLE, layout: layoutOptions(layout), wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
  // Fitting a handful of nodes would blow them up to poster size: past 1.3 the view stays at 1.3.
  cy.on("layoutstop", () => {
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center();
    }
  });
  // For the browser tests (and anyone debugging from the console): the graph on screen.
  (window as unknown as { __pgGraph?: Core }).__pgGraph = cy;
  return cy;
}

export function zoomBy(cy: Core, factor: number): void {
  const w = cy.width() / 2;
  const h = cy.height() / 2;
  cy.zoom({ level: Math.min(4, Math.max(0.1, cy.zoom() * factor)), renderedPosition: { x: w, y: h } });
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportPng(cy: Core, name: string): void {
  const blob = cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }) as unknown as Blob;
  download(`${name}.png`, blob);
}

export function exportSvg(cy: Core, name: string): void {
  const text = (cy as unknown as { svg(o: object): string }).svg({ full: true, scale: 1, bg: "#ffffff" });
  download(`${name}.svg`, new Blob([text], { type: "image/svg+xml" }));
}

/** The colours of the kinds on a graph, as a list beside it. */
export function Legend({ kinds }: { kinds: EntityType[] }) {
  return (
    <ul class="legend" aria-label="Legend: colour by kind">
      {kinds.map((k) => (
        <li key={k}>
          <span class="swatch" style={{ background: KINDS[k].colour }} aria-hidden="true" /> {KINDS[k].label}
        </li>
      ))}
    </ul>
  );
}

/** Fit, zoom and export of a graph on screen: the same controls on the map and the path finder. */
export function GraphControls({ cy, name, style }: { cy: { current: Core | null }; name: string; style?: Record<string, string> }) {
  return (
    <div class="button-row" role="group" aria-label="View and export" style={style}>
      <button type="button" onClick={() => cy.current?.fit(undefined, 30)}>
        Fit
      </button>
      <button type="button" onClick={() => cy.current && zoomBy(cy.current, 1.25)} aria-label="Zoom in">
        Zoom +
      </button>
      <button type="button" onClick={() => cy.current && zoomBy(cy.current, 0.8)} aria-label="Zoom out">
        Zoom −
      </button>
      <button type="button" onClick={() => cy.current && exportPng(cy.current, name)}>
        Export PNG
      </button>
      <button type="button" onClick={() => cy.current && exportSvg(cy.current, name)}>
        Export SVG
      </button>
    </div>
  );
}
