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

/** A citation as the rows store it in parallel columns, zipped: document, verbatim quote, offsets. */
export interface CitationValue {
  documentId: string;
  quote: string;
  start: number;
  end: number;
}

/** The citation columns of a node or relationship, each one citation. */
export const CITATION_PROPS = ["citeDoc", "citeQuote", "citeStart", "citeEnd"] as const;

/** Zips a row's parallel citation columns into citations. */
export function citationsOf(row: { citeDoc?: string[]; citeQuote?: string[]; citeStart?: number[]; citeEnd?: number[] }): CitationValue[] {
  const docs = row.citeDoc ?? [];
  return docs.map((documentId, i) => ({ documentId, quote: row.citeQuote?.[i] ?? "", start: row.citeStart?.[i] ?? 0, end: row.citeEnd?.[i] ?? 0 }));
}
