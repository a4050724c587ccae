import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/env.js";
import { printedSchema } from "../graphql/schema.js";

/** Writes the schema the server builds to schema/schema.graphql (npm run schema). */
const file = path.join(PROJECT_ROOT, "schema", "schema.graphql");
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, await printedSchema());
process.stdout.write(`Wrote ${path.relative(PROJECT_ROOT, file)}\n`);
