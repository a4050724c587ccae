import type { CitationValue } from "../neo4j/rows.js";
import type { GraphPages } from "./graph-pages.js";
import type { TextSink } from "./sink.js";

/** What one export wrote, in the graph's terms: entities and relationships it carried. */
export interface ExportCounts {
  nodes: number;
  edges: number;
}

export interface ExportContext {
  pages: GraphPages;
  sink: TextSink;
  /** Where this server's explorer is, for links to a quoted passage (http://host:port). */
  baseUrl: string;
}

/** One export format: how it is served, and how it writes the graph's pages. */
export interface ExportFormat {
  contentType: string;
  extension: string;
  write(ctx: ExportContext): Promise<ExportCounts>;
}

/** The explorer's document viewer, opened at the quoted passage: where a citation can be read. */
export function passageUrl(baseUrl: string, c: CitationValue): string {
  return `${baseUrl}/explore/document/${encodeURIComponent(c.documentId)}?start=${c.start}&end=${c.end}`;
}
