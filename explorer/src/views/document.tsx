import { useEffect, useRef } from "preact/hooks";
import { graphql } from "../graphql.js";
import { Await, EntityLink, formatDate, useQuery, useTitle } from "../ui/common.js";
import { href } from "../router.js";
import type { ViewProps } from "../main.js";

const DocumentQuery = graphql(`
  query DocumentText($id: ID!) {
    document(id: $id) {
      id
      label
      entityType
      title
      kind
      date
      issuingBody
      file
      length
      text
    }
  }
`);

/** Pages of PDF-derived text are separated by form feeds: the page an offset falls on. */
export function pageAt(text: string, offset: number): number {
  let page = 1;
  for (let i = text.indexOf("\f"); i !== -1 && i < offset; i = text.indexOf("\f", i + 1)) page++;
  return page;
}

/** The text between two offsets, with each form feed shown as a page break. */
function Paged({ text, firstPage }: { text: string; firstPage: number }) {
  const parts = text.split("\f");
  return (
    <>
      {parts.map((p, i) => (
        <>
          {i > 0 && (
            <span class="page-break" role="separator" aria-label={`Page ${firstPage + i}`}>
              {"\n"}— page {firstPage + i} —{"\n"}
            </span>
          )}
          {p}
        </>
      ))}
    </>
  );
}

/**
 * The document viewer: the stored text, with the cited span (start–end, the offsets every citation
 * carries) highlighted and scrolled to; for PDF-derived text, the page it starts on.
 */
export default function DocumentView({ id, location }: ViewProps) {
  const start = Number(location.params.get("start") ?? NaN);
  const end = Number(location.params.get("end") ?? NaN);
  const state = useQuery(DocumentQuery, id ? { id } : null);
  const mark = useRef<HTMLElement>(null);
  useTitle(state.data?.document?.title ?? "Document");
  // Scroll the text panel (not the page, whose heading stays in view) to put the quote a third of the way down.
  useEffect(() => {
    const m = mark.current;
    const pre = m?.closest("pre");
    if (m && pre) pre.scrollTop = Math.max(0, m.offsetTop - pre.clientHeight / 3);
  }, [state.data, start, end]);
  return (
    <Await state={state} what="the document">
      {(d) => {
        const doc = d.document;
        if (!doc)
          return (
            <>
              <h1 tabIndex={-1}>Document not found</h1>
              <p>No document has the id {id}.</p>
            </>
          );
        const text = doc.text;
        const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
        const paged = text.includes("\f");
        const page = valid ? pageAt(text, start) : null;
        const endPage = valid ? pageAt(text, end) : null;
        return (
          <article class="document">
            <p class="eyebrow">
              Document · {doc.kind}
              {doc.date && <> · {formatDate(doc.date)}</>}
            </p>
            <h1 tabIndex={-1}>{doc.title}</h1>
            <p class="muted">
              <EntityLink entity={doc} /> · {doc.issuingBody ?? ""} · {doc.file} · {doc.length.toLocaleString("en-GB")} characters
              {paged && <> · {pageAt(text, text.length)} pages</>}
            </p>
            {valid ? (
              <p class="cite-info" role="status">
                Quoted passage: characters {start}–{end}
                {paged && page !== null && <>, page {page === endPage ? page : `${page}–${endPage}`}</>}. <a href={href("document", doc.id)}>Clear highlight</a>
              </p>
            ) : (
              location.params.has("start") && <p class="error">The offsets in this link do not fall within the document.</p>
            )}
            <pre class="doc-text" tabIndex={0} aria-label="Document text">
              {valid ? (
                <>
                  <Paged text={text.slice(0, start)} firstPage={1} />
                  <mark ref={mark} id="quote" class="quote-mark">
                    <Paged text={text.slice(start, end)} firstPage={page ?? 1} />
                  </mark>
                  <Paged text={text.slice(end)} firstPage={endPage ?? 1} />
                </>
              ) : (
                <Paged text={text} firstPage={1} />
              )}
            </pre>
          </article>
        );
      }}
    </Await>
  );
}
