import type { ExportFormat } from "./format.js";
import { gexf } from "./gexf.js";
import { graphml } from "./graphml.js";
import { jsonld } from "./jsonld.js";
import type { FormatName } from "./options.js";
import { popolo } from "./popolo.js";

/** Every export format by its name (options.ts lists the names; this map must have one of each). */
export const FORMATS: Record<FormatName, ExportFormat> = { popolo, graphml, gexf, jsonld };
