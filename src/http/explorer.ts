import fs from "node:fs";
import path from "node:path";
import express, { type Router } from "express";
import { EXPLORER_DIST } from "./explorer-build.js";

/**
 * The explorer, a single-page app built into explorer/dist: its hashed files under
 * /explore/assets/ (cached for good), and its page at / and at every /explore/… address (the
 * history-API fallback), so a shared link to any view opens that view. /graphql, /ide, /healthz
 * and /readyz are mounted before this and keep their answers.
 */
export function explorerRouter(dist = EXPLORER_DIST): Router {
  const router = express.Router();
  router.use("/explore/assets", express.static(path.join(dist, "assets"), { immutable: true, maxAge: "365d", index: false, redirect: false }));
  // A missing asset is a plain 404, never the page (a stale tab asking for an old chunk must fail visibly).
  router.use("/explore/assets", (_req, res) => void res.status(404).type("text/plain").send("Not found\n"));
  const page = path.join(dist, "index.html");
  const sendPage = (_req: express.Request, res: express.Response) => {
    if (!fs.existsSync(page)) {
      res
        .status(503)
        .type("text/plain")
        .send("The explorer is not built. `npm start` builds it (Vite, a development dependency, must be installed); the API is at /graphql.\n");
      return;
    }
    res.set("cache-control", "no-cache").sendFile(page);
  };
  router.get("/", sendPage);
  router.get(/^\/explore(\/.*)?$/, sendPage);
  return router;
}
