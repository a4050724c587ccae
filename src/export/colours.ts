/**
 * One colour per kind of entity, as the explorer draws them (explorer/src/kinds.ts, keyed there by
 * the API's EntityType; test/export/graph-formats.test.ts checks the two agree), so a graph opened
 * in Gephi or Cytoscape looks like the explorer's map.
 */
export const KIND_COLOURS: Readonly<Record<string, string>> = {
  Partnership: "#1f6feb",
  Body: "#6f42c1",
  Organisation: "#0a7d5a",
  Person: "#d4631a",
  Meeting: "#b3261e",
  AgendaItem: "#8a6d00",
  Resolution: "#a1347a",
  Action: "#5b6b00",
  Priority: "#00829b",
  Strategy: "#3d5a99",
  Sector: "#7a5230",
  Place: "#2e7d32",
  SourceDocument: "#57606a",
  TermsOfReference: "#8250df",
  Seat: "#9a6700",
  Rule: "#6e7781",
};

const FALLBACK = "#6e7781";

export function colourOf(kind: string): { hex: string; r: number; g: number; b: number } {
  const hex = KIND_COLOURS[kind] ?? FALLBACK;
  return { hex, r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) };
}
