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
  router.use("/ide/graphiql", express.static(path.join(modules, "graphiql"), { immutable: true, maxAge: "7d" }));
  router.get("/ide", (_req, res) => {
    res.type("html").send(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Partnership Graph — GraphiQL</title>
  <link rel="stylesheet" href="/ide/graphiql/graphiql.min.css">
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/ide/react/react.production.min.js"></script>
  <script src="/ide/react-dom/react-dom.production.min.js"></script>
  <script src="/ide/graphiql/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    const defaultQuery = "# Who sat on the LSC ICP on 25 March 2024?\\n{\\n  meeting(id: \\"meeting:lsc-icp-2024-03-25\\") {\\n    title date venue\\n    attendance { status person { name } representing { name } }\\n  }\\n}\\n";
    ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
  </script>
</body>
</html>`);
  });
  return router;
}
