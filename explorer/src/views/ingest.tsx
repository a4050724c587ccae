import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { getEditorKey, request, setEditorKey } from "../api.js";
import { graphql, type ResultOf } from "../graphql.js";
import { forgetDocumentTitles } from "../ui/citation.js";
import { Await, ErrorBox, Section, useQuery, useTitle } from "../ui/common.js";
import { href } from "../router.js";
import { decide, describeFact, edit, editableFields, readDraft, writeDraft, type Decision, type Draft, type Fact } from "./ingest-draft.js";
import type { ViewProps } from "../main.js";

const Extract = graphql(`
  mutation ExtractDocument($fileName: String!, $text: String, $pdfBase64: String) {
    extractDocument(fileName: $fileName, text: $text, pdfBase64: $pdfBase64) {
      draft
      sourceText
      meetings
      newPeople
      attendance
      agendaItems
      resolutions
      actions
      fullyInterpreted
      confidence {
        fact
        confidence
        why
      }
      review {
        fact
        confidence
        why
      }
      sections {
        section
        found
        toReview
        note
      }
    }
  }
`);

const Commit = graphql(`
  mutation CommitDraft($draft: String!, $sourceText: String!) {
    commitDraft(draft: $draft, sourceText: $sourceText) {
      documentId
      changed
      summary
      version
      recordedAt
    }
  }
`);

const Audit = graphql(`
  query AuditLog($first: Int!) {
    auditLog(first: $first) {
      at
      who
      role
      action
      document
      summary
    }
  }
`);

type Extracted = ResultOf<typeof Extract>["extractDocument"];
type Committed = ResultOf<typeof Commit>["commitDraft"];

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The source text with every fact's span marked: pending, accepted or rejected, and the active fact outlined. */
function MarkedText({ text, facts, active }: { text: string; facts: readonly Fact[]; active: string | null }) {
  const segments = useMemo(() => {
    const cuts = new Set([0, text.length]);
    for (const f of facts) for (const s of f.spans) cuts.add(s.start).add(s.end);
    const points = [...cuts].sort((a, b) => a - b);
    const out: { start: number; end: number; facts: Fact[] }[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [start, end] = [points[i]!, points[i + 1]!];
      out.push({ start, end, facts: facts.filter((f) => f.spans.some((s) => s.start <= start && s.end >= end)) });
    }
    return out;
  }, [text, facts]);
  return (
    <pre class="doc-text ingest-text" tabIndex={0} aria-label="The document, with each fact's quote highlighted">
      {segments.map((seg) => {
        const slice = text.slice(seg.start, seg.end);
        if (!seg.facts.length) return slice;
        const state: Decision = seg.facts.every((f) => f.decision === "rejected")
          ? "rejected"
          : seg.facts.every((f) => f.decision === "accepted")
            ? "accepted"
            : "pending";
        const isActive = active !== null && seg.facts.some((f) => f.key === active);
        return (
          <mark key={seg.start} class={`span span-${state}${isActive ? " span-active" : ""}`} data-facts={seg.facts.map((f) => f.key).join(" ")}>
            {slice}
          </mark>
        );
      })}
    </pre>
  );
}

function FactCard({
  fact,
  active,
  locked,
  onDecide,
  onEdit,
  onFocus,
}: {
  fact: Fact;
  active: boolean;
  /** After the commit: the facts are shown as they were written, no longer decided. */
  locked: boolean;
  onDecide: (d: Decision) => void;
  onEdit: (field: string, value: string) => void;
  onFocus: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const title = describeFact(fact);
  const fields = editableFields(fact);
  return (
    <li class={`fact-card decision-${fact.decision}${active ? " active" : ""}`} onMouseEnter={onFocus} onFocusCapture={onFocus} data-fact={fact.key}>
      <div class="fact-head">
        <span class="fact-title">{title}</span>
        <span class={`status status-${fact.decision === "accepted" ? "filled" : fact.decision === "rejected" ? "vacant" : "unknown"}`}>
          {fact.decision}
          {fact.edited && ", edited"}
        </span>
      </div>
      {fact.confidence && (
        <div class="muted small">
          confidence {fact.confidence.confidence.toFixed(2)} · {fact.confidence.why}
        </div>
      )}
      {fact.quotes.map((q) => (
        <div class="quote-line" key={q}>
          “{q}”{fact.spans.length === 0 && <strong class="flag"> — not found in the text</strong>}
        </div>
      ))}
      {fact.cascade && <div class="muted small">Rejected with {fact.cascade}, which it names.</div>}
      <div class="button-row" role="group" aria-label={`Review: ${title}`}>
        <button type="button" aria-pressed={fact.decision === "accepted"} onClick={() => onDecide("accepted")} disabled={locked || !!fact.cascade}>
          Accept
        </button>
        <button
          type="button"
          aria-pressed={fact.decision === "rejected"}
          onClick={() => onDecide(fact.decision === "rejected" ? "pending" : "rejected")}
          disabled={locked}
        >
          Reject
        </button>
        {fields.length > 0 && (
          <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)} disabled={locked}>
            Edit
          </button>
        )}
      </div>
      {editing && (
        <div class="edit-form">
          {fields.map((field) => {
            const id = `${fact.key}-${field}`;
            return (
              <div class="field" key={field}>
                <label for={id}>{field}</label>
                <input id={id} type="text" value={String(fact.data[field] ?? "")} onChange={(e) => onEdit(field, (e.target as HTMLInputElement).value)} />
              </div>
            );
          })}
        </div>
      )}
    </li>
  );
}

function AuditLog() {
  const state = useQuery(Audit, { first: 20 });
  return (
    <Section title="Audit log">
      <Await state={state} what="the audit log">
        {({ auditLog }) =>
          auditLog.length === 0 ? (
            <p class="muted">No write has been recorded.</p>
          ) : (
            <table class="audit">
              <caption class="visually-hidden">The most recent writes, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Document</th>
                  <th scope="col">What changed</th>
                </tr>
              </thead>
              <tbody>
                {auditLog.map((a) => (
                  <tr key={a.at + a.document}>
                    <td>{a.at.replace("T", " ").slice(0, 19)}</td>
                    <td>
                      {a.who} <span class="muted">({a.role})</span>
                    </td>
                    <td>{a.action}</td>
                    <td>
                      <a href={href("entity", a.document)}>{a.document}</a>
                    </td>
                    <td>
                      <details>
                        <summary>summary</summary>
                        <pre class="summary-pre">{a.summary}</pre>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Await>
    </Section>
  );
}

/**
 * Ingest review (editor key): upload a text or PDF → the extractor's draft beside the document,
 * every fact's quote highlighted; accept, reject or edit each fact; commit the accepted ones; the
 * audit log of writes.
 */
export default function IngestView(_props: ViewProps) {
  useTitle("Ingest review");
  const [key, setKey] = useState(getEditorKey());
  const [keyInput, setKeyInput] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [extracted, setExtracted] = useState<Extracted | null>(null);
  const [fileName, setFileName] = useState("");
  const [draft, setDraft] = useState<Draft | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [committed, setCommitted] = useState<Committed | null>(null);
  const [commits, setCommits] = useState(0);
  const pane = useRef<HTMLDivElement>(null);

  // Scroll the document to the active fact's quote.
  useEffect(() => {
    if (!active || !pane.current) return;
    const mark = pane.current.querySelector<HTMLElement>(`mark[data-facts~="${active}"]`);
    const pre = mark?.closest("pre");
    if (mark && pre) pre.scrollTop = Math.max(0, mark.offsetTop - pre.clientHeight / 3);
  }, [active]);

  const upload = async (file: File) => {
    setError(null);
    setCommitted(null);
    setBusy("Reading the document…");
    try {
      const pdf = file.type === "application/pdf" || file.name.toLowerCase().endsWith(".pdf");
      const vars = pdf
        ? { fileName: file.name, pdfBase64: await fileToBase64(file), text: null }
        : { fileName: file.name, text: await file.text(), pdfBase64: null };
      const { extractDocument: x } = await request(Extract, vars);
      setExtracted(x);
      setFileName(file.name);
      setDraft(readDraft(x.draft, x.sourceText, x.confidence));
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!draft || !extracted) return;
    setError(null);
    setBusy("Committing…");
    try {
      const { commitDraft } = await request(Commit, { draft: writeDraft(draft), sourceText: extracted.sourceText });
      setCommitted(commitDraft);
      forgetDocumentTitles();
      setCommits((c) => c + 1);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(null);
    }
  };

  const counts = draft
    ? {
        accepted: 0,
        rejected: 0,
        pending: 0,
        ...Object.fromEntries(["accepted", "rejected", "pending"].map((d) => [d, draft.facts.filter((f) => f.decision === d).length])),
      }
    : null;
  const meetings = draft?.facts.filter((f) => f.group === "entities" && f.data.type === "Meeting" && f.decision === "accepted") ?? [];

  return (
    <>
      <h1 tabIndex={-1}>Ingest review</h1>
      <p class="lede">Read a new document into a draft, check every fact against the text, and commit what you accept. Writes need an editor API key.</p>
      {!key ? (
        <form
          class="controls"
          onSubmit={(e) => {
            e.preventDefault();
            if (keyInput.trim()) {
              setEditorKey(keyInput.trim());
              setKey(keyInput.trim());
              setKeyInput("");
            }
          }}
        >
          <div class="field">
            <label for="editor-key">Editor API key</label>
            <input id="editor-key" type="password" autocomplete="off" value={keyInput} onInput={(e) => setKeyInput((e.target as HTMLInputElement).value)} />
          </div>
          <button type="submit" class="primary">
            Use this key
          </button>
          <span class="muted">Kept for this tab only.</span>
        </form>
      ) : (
        <>
          <p>
            An editor key is set for this tab.{" "}
            <button
              type="button"
              onClick={() => {
                setEditorKey(null);
                setKey(null);
              }}
            >
              Forget the key
            </button>
          </p>
          <div class="controls">
            <div class="field">
              <label for="ingest-file">Document (text or PDF)</label>
              <input
                id="ingest-file"
                type="file"
                accept=".txt,.pdf,text/plain,application/pdf"
                onChange={(e) => {
                  const f = (e.target as HTMLInputElement).files?.[0];
                  if (f) void upload(f);
                }}
              />
            </div>
          </div>
        </>
      )}
      {busy && (
        <p role="status" class="loading">
          {busy}
        </p>
      )}
      {error && <ErrorBox error={error} />}
      {extracted && draft && counts && (
        <>
          <p role="status" class="summary">
            {fileName}: {extracted.meetings} meeting(s), {extracted.attendance} attendance records, {extracted.agendaItems} agenda items,{" "}
            {extracted.resolutions} decisions, {extracted.actions} actions; {draft.facts.length} facts to review
            {extracted.fullyInterpreted ? " (everything was interpreted)." : "."}
          </p>
          <div class="ingest-layout">
            <div ref={pane} class="ingest-doc">
              <h2>The document</h2>
              <MarkedText text={extracted.sourceText} facts={draft.facts} active={active} />
            </div>
            <div class="ingest-facts">
              <h2>
                Facts{" "}
                <span class="count">
                  ({counts.accepted} accepted, {counts.rejected} rejected, {counts.pending} to review)
                </span>
              </h2>
              <div class="button-row">
                <button
                  type="button"
                  disabled={counts.pending === 0 || committed !== null}
                  onClick={() => setDraft(draft.facts.filter((f) => f.decision === "pending").reduce((d, f) => decide(d, f.key, "accepted"), draft))}
                >
                  Accept every remaining fact
                </button>
                <button
                  type="button"
                  class="primary"
                  disabled={counts.pending > 0 || counts.accepted === 0 || busy !== null || committed !== null}
                  onClick={() => void commit()}
                >
                  Commit {counts.accepted} accepted facts
                </button>
              </div>
              {counts.pending > 0 && <p class="muted small">Decide every fact to commit.</p>}
              <ol class="plain fact-cards">
                {draft.facts.map((f) => (
                  <FactCard
                    key={f.key}
                    fact={f}
                    active={active === f.key}
                    locked={committed !== null}
                    onFocus={() => setActive(f.key)}
                    onDecide={(d) => setDraft((cur) => (cur ? decide(cur, f.key, d) : cur))}
                    onEdit={(field, value) => setDraft((cur) => (cur ? edit(cur, f.key, field, value) : cur))}
                  />
                ))}
              </ol>
            </div>
          </div>
        </>
      )}
      {committed && (
        <div class="panel committed" role="status">
          <h2>Committed {committed.documentId}</h2>
          <p>
            {committed.changed} entities and relationships written (version {committed.version}, {committed.recordedAt}).{" "}
            {meetings.map((m) => (
              <span key={String(m.data.id)}>
                <a href={href("entity", String(m.data.id))}>Open the meeting {String(m.data.title ?? m.data.id)}</a> ·{" "}
                <a href={href("search", null, { q: String(m.data.title ?? "") })}>search for it</a>{" "}
              </span>
            ))}
          </p>
          <details>
            <summary>What changed</summary>
            <pre class="summary-pre">{committed.summary}</pre>
          </details>
        </div>
      )}
      {key && <AuditLog key={commits} />}
    </>
  );
}
