import express from "express";
import type { Config } from "../config/env.js";
import { ExportArgumentError, parseExportOptions, type ExportOptions } from "../export/options.js";
import { prepareExport } from "../export/run.js";
import { ExportAborted } from "../export/sink.js";
import { CODES } from "../graphql/errors.js";
import type { Logger } from "../logger.js";
import { DatabaseUnavailableError } from "../neo4j/errors.js";
import type { Neo4jGateway } from "../neo4j/gateway.js";
import { presentedKey, readRefusal, type ApiKeys } from "./auth.js";

/** The query string's names for the options (the CLI's are --format, --partnership, --as-of). */
const PARAMETER_NAMES: Partial<Record<keyof ExportOptions, string>> = { format: "the format in /export/<format>", partnership: "partnership", asOf: "asOf" };

const problem = (res: express.Response, status: number, message: string, code: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * GET /export/<format>?partnership=&asOf=: the graph streamed as it is read, page by page. Errors
 * found before the first byte get a status and a message in the GraphQL error shape; a failure
 * once the body has begun can only cut the response short (logged), as with any streamed download.
 */
export function exportRouter(config: Config, gateway: Neo4jGateway, keys: ApiKeys, logger: Logger): express.Router {
  const router = express.Router();
  router.get("/export/:format", async (req, res) => {
    const refusal = readRefusal(keys.identify(presentedKey(req.headers)), config.READS_REQUIRE_KEY);
    if (refusal) return problem(res, 401, refusal, CODES.UNAUTHENTICATED);
    let options: ExportOptions;
    let prepared: Awaited<ReturnType<typeof prepareExport>>;
    try {
      options = parseExportOptions({ ...req.query, format: req.params.format }, PARAMETER_NAMES);
      prepared = await prepareExport(gateway, options);
    } catch (err) {
      if (err instanceof ExportArgumentError) return problem(res, 400, err.message, CODES.BAD_USER_INPUT);
      if (err instanceof DatabaseUnavailableError) return problem(res, 503, "The database is unavailable; try again shortly.", CODES.DATABASE_UNAVAILABLE);
      logger.error("export failed before it began", { error: (err as Error).stack ?? String(err) });
      return problem(res, 500, "Internal server error", CODES.INTERNAL_SERVER_ERROR);
    }
    const name = ["partnership-graph", options.partnership?.replace(/^partnership:/, ""), options.asOf].filter(Boolean).join("-");
    res.status(200);
    res.setHeader("content-type", prepared.contentType);
    res.setHeader("content-disposition", `attachment; filename="${name}.${prepared.extension}"`);
    res.setHeader("cache-control", "no-store");
    const started = Date.now();
    try {
      const written = await prepared.writeTo(res, `${req.protocol}://${req.get("host")}`);
      logger.info("export written", { format: options.format, ...written, ms: Date.now() - started });
    } catch (err) {
      if (err instanceof ExportAborted) logger.info("export abandoned by the client", { format: options.format });
      else logger.error("export failed while streaming", { format: options.format, error: (err as Error).stack ?? String(err) });
      res.destroy();
    }
    return undefined;
  });
  return router;
}
