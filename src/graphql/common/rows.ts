/** An entity as the gateway returns it: its properties plus its labels. */
export interface EntityRow {
  id: string;
  labels: string[];
  citeDoc?: string[];
  citeQuote?: string[];
  citeStart?: number[];
  citeEnd?: number[];
  [prop: string]: unknown;
}

/** A relationship's properties, including its citation columns. */
export interface RelRow {
  key?: string;
  citeDoc?: string[];
  citeQuote?: string[];
  citeStart?: number[];
  citeEnd?: number[];
  [prop: string]: unknown;
}

/** One relationship seen from one of its ends. */
export interface LinkRow {
  type: string;
  direction: "OUT" | "IN";
  rel: RelRow;
  node: EntityRow;
}

export const hasLabel = (row: EntityRow | null | undefined, label: string): boolean => !!row && row.labels.includes(label);
