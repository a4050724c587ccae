import path from "node:path";
import express, { type Router } from "express";
import { PROJECT_ROOT } from "../config/env.js";

const modules = path.join(PROJECT_ROOT, "node_modules");

/**
 * GraphiQL, served from our own node_modules so it works with no internet access (Apollo's
 * default landing page loads from a CDN). React 18 UMD builds plus GraphiQL 3's UMD bundle.
 */
export function graphiqlRouter(endpoint: string): Router {
  const router = express.Router();
  router.use("/ide/react", express.static(path.join(modules, "react", "umd"), { immutable: true, maxAge: "7d" }));
  router.use("/ide/react-dom", express.static(path.join(modules, "react-dom", "umd"), { immutable: true, maxAge: "7d" }));
  // Only the two files the page loads, not the package's folder.
  for (const file of ["graphiql.min.css", "graphiql.min.js"]) {
    router.get(`/ide/graphiql/${file}`, (_req, res) => res.sendFile(path.join(modules, "graphiql", file), { immutable: true, maxAge: "7d" }));
  }
  // The page's own script and style are files too, so the Content-Security-Policy needs no inline script.
  router.get("/ide/start.js", (_req, res) => {
    res.type("text/javascript").send(`const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
const defaultQuery = "# Who sat on the LSC ICP on 25 March 2024?\\n{\\n  meeting(id: \\"meeting:lsc-icp-2024-03-25\\") {\\n    title date venue\\n    attendance { status person { name } representing { name } }\\n  }\\n}\\n";
ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
`);
  });
  router.get("/ide/page.css", (_req, res) => res.type("text/css").send("body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }\n"));
  router.get("/ide", (_req, res) => {
    res.type("html").send(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Partnership Graph — GraphiQL</title>
  <link rel="stylesheet" href="/ide/graphiql/graphiql.min.css">
  <link rel="stylesheet" href="/ide/page.css">
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/ide/react/react.production.min.js"></script>
  <script src="/ide/react-dom/react-dom.production.min.js"></script>
  <script src="/ide/graphiql/graphiql.min.js"></script>
  <script src="/ide/start.js"></script>
</body>
</html>`);
  });
  return router;
}
