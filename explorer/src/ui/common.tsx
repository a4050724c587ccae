import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { request } from "../api.js";
import { KINDS, type EntityType } from "../kinds.js";
import { href } from "../router.js";
import type { TadaDocumentNode, ResultOf, VariablesOf } from "gql.tada";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = TadaDocumentNode<any, any>;

export interface QueryState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
}

/** Runs a typed query when its variables change (null: not yet); the view shows loading and errors. */
export function useQuery<D extends Doc>(doc: D, variables: VariablesOf<D> | null): QueryState<ResultOf<D>> {
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<QueryState<ResultOf<D>>>({ data: null, error: null, loading: key !== null });
  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ data: s.data, error: null, loading: true }));
    request(doc, JSON.parse(key) as VariablesOf<D>).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: Error) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [doc, key]);
  return state;
}

/** Sets the tab's title for the view: shared links and history read well. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Partnership Graph`;
  }, [title]);
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorBox({ error }: { error: Error }) {
  return (
    <p class="error" role="alert">
      {error.message}
    </p>
  );
}

/** Loading, error or the content, for one query's state. */
export function Await<T>({ state, what, children }: { state: QueryState<T>; what: string; children: (data: T) => ComponentChildren }) {
  if (state.error) return <ErrorBox error={state.error} />;
  if (!state.data) return state.loading ? <Loading what={what} /> : null;
  return <>{children(state.data)}</>;
}

export function KindBadge({ kind }: { kind: EntityType }) {
  return (
    <span class="kind" style={{ "--kind": KINDS[kind].colour }}>
      {KINDS[kind].label}
    </span>
  );
}

export interface EntityRef {
  id: string;
  label: string;
  entityType: EntityType;
}

/** A link to an entity's page, with its kind's colour mark. */
export function EntityLink({ entity, badge = false }: { entity: EntityRef; badge?: boolean }) {
  return (
    <span class="entity-ref">
      {badge && <KindBadge kind={entity.entityType} />}
      <a href={href("entity", entity.id)} class="entity-link" style={{ "--kind": KINDS[entity.entityType].colour }}>
        {entity.label}
      </a>
    </span>
  );
}

export function Section({ title, count, children }: { title: string; count?: number; children: ComponentChildren }) {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section class="facts" aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {count !== undefined && <span class="count"> ({count})</span>}
      </h2>
      {children}
    </section>
  );
}

/** A day (YYYY-MM-DD) as people read it: 25 March 2024. */
export function formatDate(date: string | null | undefined, text?: string | null): string {
  if (date) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    return date;
  }
  return text ?? "undated";
}
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function words(s: string): string {
  return s.toLowerCase().replace(/_/g, " ");
}
