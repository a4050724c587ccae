import "./styles.css";
import { render, type ComponentType } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { interceptLinks, parseRoute, useLocation, type Location } from "./router.js";
import { SearchView } from "./views/search.js";

export interface ViewProps {
  id: string | null;
  location: Location;
}

// The search view is in the entry chunk (it is the first view); every other view is its own chunk,
// and the map and path views pull in Cytoscape only when opened.
const views: Record<string, () => Promise<{ default: ComponentType<ViewProps> }>> = {
  entity: () => import("./views/entity.js"),
  document: () => import("./views/document.js"),
  map: () => import("./views/map.js"),
  paths: () => import("./views/paths.js"),
  lineage: () => import("./views/lineage.js"),
  membership: () => import("./views/membership.js"),
  interlocks: () => import("./views/interlocks.js"),
  timeline: () => import("./views/timeline.js"),
  ingest: () => import("./views/ingest.js"),
};
const loaded = new Map<string, ComponentType<ViewProps>>();

function Lazy({ view, props }: { view: string; props: ViewProps }) {
  const [, setTick] = useState(0);
  const [error, setError] = useState<Error | null>(null);
  const Comp = loaded.get(view);
  useEffect(() => {
    if (Comp) return;
    let live = true;
    views[view]!().then(
      (m) => {
        loaded.set(view, m.default);
        if (live) setTick((t) => t + 1);
      },
      (e: Error) => live && setError(e),
    );
    return () => void (live = false);
  }, [view, Comp]);
  if (error) return <p role="alert">This view could not be loaded: {error.message}</p>;
  if (!Comp)
    return (
      <p class="loading" role="status">
        Loading…
      </p>
    );
  return <Comp {...props} />;
}

const NAV = [
  { href: "/explore/search", label: "Search", views: ["search", "entity", "document"] },
  { href: "/explore/paths", label: "Path finder", views: ["paths"] },
  { href: "/explore/membership/partnership:lsc-icp", label: "Membership", views: ["membership"] },
  { href: "/explore/interlocks", label: "Interlocks", views: ["interlocks"] },
  { href: "/explore/ingest", label: "Ingest review", views: ["ingest"] },
];

function App() {
  const location = useLocation();
  const { view, id } = parseRoute(location.path);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a client-side navigation, focus moves to the new view's heading (as a page load would).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const t = setTimeout(() => (main.current?.querySelector("h1") as HTMLElement | null)?.focus({ preventScroll: true }), 0);
    return () => clearTimeout(t);
  }, [location.path]);
  useEffect(() => void performance.mark("explorer:interactive"), []);
  const props: ViewProps = { id, location };
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/explore/search">
          Partnership Graph
        </a>
        <nav aria-label="Views">
          <ul>
            {NAV.map((n) => (
              <li key={n.href}>
                <a href={n.href} aria-current={n.views.includes(view) ? "page" : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {view === "search" ? (
          <SearchView {...props} />
        ) : views[view] ? (
          <Lazy key={view} view={view} props={props} />
        ) : (
          <>
            <h1 tabIndex={-1}>Not found</h1>
            <p>
              There is no view at this address. <a href="/explore/search">Search the graph</a>.
            </p>
          </>
        )}
      </main>
    </>
  );
}

const root = document.getElementById("app")!;
interceptLinks(root);
root.textContent = "";
render(<App />, root);
