import { z } from "zod";

/** The export formats, by the name the CLI's --format and the URL /export/<format> use. */
export const FORMAT_NAMES = ["popolo", "graphml", "gexf", "jsonld"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** An export asked for with arguments that cannot be met: the message names the argument. */
export class ExportArgumentError extends Error {
  override name = "ExportArgumentError";
}

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "is not a day of the calendar");

/**
 * What an export is asked for, checked the same way for the HTTP endpoint and the CLI. The
 * partnership's existence is checked against the graph when the export opens (graph-pages.ts).
 */
const optionsSchema = z
  .object({
    format: z.enum(FORMAT_NAMES, { error: `must be one of ${FORMAT_NAMES.join(", ")}` }),
    partnership: z
      .string()
      .regex(/^partnership:[a-z0-9][a-z0-9-]*$/, "must be a partnership id like partnership:lsc-icp")
      .optional(),
    asOf: calendarDate.optional(),
  })
  .strict();
export type ExportOptions = z.infer<typeof optionsSchema>;

/** The options, or ExportArgumentError naming the first argument that is wrong and what it got. */
export function parseExportOptions(raw: Record<string, unknown>, names: Partial<Record<keyof ExportOptions, string>> = {}): ExportOptions {
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = optionsSchema.safeParse(given);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path[0] ?? "");
  if (issue.code === "unrecognized_keys")
    throw new ExportArgumentError(`unknown argument ${issue.keys.join(", ")}; an export takes format, partnership and asOf`);
  const name = names[key as keyof ExportOptions] ?? key;
  throw new ExportArgumentError(`${name} ${issue.message} (got ${JSON.stringify(given[key])})`);
}
