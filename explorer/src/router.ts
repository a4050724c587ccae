import { useEffect, useState } from "preact/hooks";

/** Where the browser is: the path below /explore and the query string, as one value views read. */
export interface Location {
  path: string;
  params: URLSearchParams;
}

function current(): Location {
  return { path: window.location.pathname, params: new URLSearchParams(window.location.search) };
}

const listeners = new Set<(l: Location) => void>();
window.addEventListener("popstate", () => listeners.forEach((l) => l(current())));

/** Goes to an explorer URL without reloading; `replace` keeps history clean for typing in a field. */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (url === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  const l = current();
  listeners.forEach((fn) => fn(l));
  if (!options.replace) window.scrollTo(0, 0);
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    listeners.add(setLoc);
    return () => void listeners.delete(setLoc);
  }, []);
  return loc;
}

/** An entity id in a path segment: readable ids (`partnership:lsc-icp`) keep their colon. */
export function idSegment(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ":");
}

/** Builds an explorer URL from a view, optional id, and query parameters (empty ones left out). */
export function href(view: string, id?: string | null, params: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  const qs = q.toString();
  return `/explore/${view}${id ? `/${idSegment(id)}` : ""}${qs ? `?${qs}` : ""}`;
}

/** Matches /explore/<view>[/<id>]; `/` and `/explore` are the search view. */
export function parseRoute(path: string): { view: string; id: string | null } {
  const m = /^\/explore(?:\/([a-z-]+)(?:\/(.+?))?)?\/?$/.exec(path);
  if (path === "/" || path === "") return { view: "search", id: null };
  if (!m) return { view: "not-found", id: null };
  return { view: m[1] ?? "search", id: m[2] ? decodeURIComponent(m[2]) : null };
}

/** Same-tab clicks on explorer links go through the router; modified clicks open as the browser does. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener("click", (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element).closest("a");
    if (!a || a.target || a.hasAttribute("download")) return;
    const url = new URL(a.href, window.location.href);
    if (url.origin !== window.location.origin || !(url.pathname === "/" || url.pathname.startsWith("/explore"))) return;
    e.preventDefault();
    navigate(url.pathname + url.search);
  });
}
