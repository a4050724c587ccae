import { print } from "@0no-co/graphql.web";
import type { ResultOf, TadaDocumentNode, VariablesOf } from "gql.tada";

/** An answer of /graphql with errors: the first error's message and code, as the API gives them. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

// Any typed document: the explorer only sends operations written with the `graphql` tag.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = TadaDocumentNode<any, any>;

const printed = new WeakMap<Doc, string>();
const cache = new Map<string, Promise<unknown>>();
let editorKey: string | null = sessionStorage.getItem("pg-editor-key");

/** The editor key the ingest view asks for; kept for the tab only (sessionStorage). */
export function setEditorKey(key: string | null): void {
  editorKey = key;
  if (key) sessionStorage.setItem("pg-editor-key", key);
  else sessionStorage.removeItem("pg-editor-key");
}
export function getEditorKey(): string | null {
  return editorKey;
}

/**
 * Sends one typed operation to our own /graphql and resolves with its data, or rejects with the
 * API's first error. Queries are cached for the page's life (the graph changes only through
 * commitDraft, which clears the cache), so going back to a view is instant.
 */
export function request<D extends Doc>(doc: D, variables: VariablesOf<D>, options: { cache?: boolean } = {}): Promise<ResultOf<D>> {
  let query = printed.get(doc);
  if (!query) printed.set(doc, (query = print(doc)));
  const isQuery = !/^\s*mutation\b/.test(query);
  const cacheKey = isQuery && options.cache !== false ? `${query}\n${JSON.stringify(variables)}\n${editorKey ?? ""}` : null;
  const cached = cacheKey ? cache.get(cacheKey) : undefined;
  if (cached) return cached as Promise<ResultOf<D>>;
  const sent = send(query, variables).then((data) => data as ResultOf<D>);
  if (cacheKey) {
    cache.set(cacheKey, sent);
    sent.catch(() => cache.delete(cacheKey));
  }
  if (!isQuery) void sent.then(() => cache.clear());
  return sent;
}

async function send(query: string, variables: unknown): Promise<unknown> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (editorKey) headers.authorization = `Bearer ${editorKey}`;
  let res: Response;
  try {
    res = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError("The API could not be reached.", "NETWORK", 0);
  }
  const body = (await res.json().catch(() => ({}))) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(first.message, first.extensions?.code, res.status);
  }
  if (!res.ok || body.data === undefined) throw new ApiError(`The API answered ${res.status}.`, undefined, res.status);
  return body.data;
}
