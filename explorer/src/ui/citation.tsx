import { useEffect, useState } from "preact/hooks";
import { request } from "../api.js";
import { graphql } from "../graphql.js";
import { formatDate } from "./common.js";
import { href } from "../router.js";

/** What every citation chip needs; views select these fields under `sources`. */
export const CitationFields = graphql(`
  fragment CitationFields on Citation {
    documentId
    quote
    start
    end
    page
  }
`);

export interface Cite {
  documentId: string;
  quote: string;
  start: number;
  end: number;
  page?: number | null;
}

const DocumentTitles = graphql(`
  query DocumentTitles {
    documents(first: 100) {
      edges {
        node {
          id
          title
          date
          kind
        }
      }
    }
  }
`);

type DocInfo = { title: string; date: string | null; kind: string };
let titles: Promise<Map<string, DocInfo>> | null = null;

/** The documents' titles, fetched once per page: chips name their document without asking each time. */
export function documentTitles(): Promise<Map<string, DocInfo>> {
  titles ??= request(DocumentTitles, {}).then((d) => new Map(d.documents.edges.map((e) => [e.node.id, e.node])));
  titles.catch(() => (titles = null));
  return titles;
}
export function forgetDocumentTitles(): void {
  titles = null;
}

function useDocInfo(id: string): DocInfo | null {
  const [info, setInfo] = useState<DocInfo | null>(null);
  useEffect(() => {
    let live = true;
    documentTitles().then(
      (m) => live && setInfo(m.get(id) ?? null),
      () => undefined,
    );
    return () => void (live = false);
  }, [id]);
  return info;
}

function shortTitle(info: DocInfo | null, id: string): string {
  if (!info) return id.replace(/^doc:/, "");
  const kind = info.kind === "key-decisions" ? "Key decisions" : info.kind[0]!.toUpperCase() + info.kind.slice(1).replace(/-/g, " ");
  return info.date ? `${kind}, ${formatDate(info.date)}` : kind;
}

export function citationHref(c: Cite): string {
  return href("document", c.documentId, { start: c.start, end: c.end });
}

/** A citation chip: names the document (and page); a click opens the viewer with the quote highlighted. */
export function CitationChip({ cite }: { cite: Cite }) {
  const info = useDocInfo(cite.documentId);
  const name = shortTitle(info, cite.documentId);
  const page = cite.page ? `, p. ${cite.page}` : "";
  const quote = cite.quote.replace(/\s+/g, " ").trim();
  return (
    <a
      class="chip"
      href={citationHref(cite)}
      title={`“${quote}” — ${info?.title ?? cite.documentId}${page}`}
      aria-label={`${name}${page} (source: ${info?.title ?? cite.documentId}): “${quote}”`}
    >
      <span aria-hidden="true">❝</span> {name}
      {page}
    </a>
  );
}

/** Every citation of a fact, as chips. */
export function Sources({ sources }: { sources: readonly Cite[] }) {
  if (!sources.length) return null;
  return (
    <span class="chips">
      {sources.map((c) => (
        <CitationChip key={`${c.documentId}:${c.start}`} cite={c} />
      ))}
    </span>
  );
}

/** A fact's quotes shown in full, each with its chip (lineage steps, paths). */
export function Quotes({ sources }: { sources: readonly Cite[] }) {
  return (
    <>
      {sources.map((c) => (
        <blockquote class="quote" key={`${c.documentId}:${c.start}`}>
          <p>“{c.quote.replace(/\s+/g, " ").trim()}”</p>
          <CitationChip cite={c} />
        </blockquote>
      ))}
    </>
  );
}
