import type { Writable } from "node:stream";
import type { Neo4jGateway } from "../neo4j/gateway.js";
import type { ExportCounts } from "./format.js";
import { FORMATS } from "./formats.js";
import { GraphPages } from "./graph-pages.js";
import type { ExportOptions } from "./options.js";
import { TextSink } from "./sink.js";

/**
 * Opens the graph for an export (an unknown partnership is refused here, before anything is
 * written, so the HTTP endpoint can still answer 400), and returns the writer to run.
 */
export async function prepareExport(
  gateway: Neo4jGateway,
  options: ExportOptions,
): Promise<{ contentType: string; extension: string; writeTo(stream: Writable, baseUrl: string): Promise<ExportCounts & { characters: number }> }> {
  const format = FORMATS[options.format];
  const pages = await GraphPages.open(gateway, options);
  return {
    contentType: format.contentType,
    extension: format.extension,
    async writeTo(stream, baseUrl) {
      const sink = new TextSink(stream);
      const counts = await format.write({ pages, sink, baseUrl });
      await sink.end();
      return { ...counts, characters: sink.written };
    },
  };
}
