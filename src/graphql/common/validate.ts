import type { z } from "zod";
import { badInput } from "../errors.js";

/**
 * Checks resolver arguments with a zod schema. A failure becomes BAD_USER_INPUT naming the
 * argument, before anything reaches Neo4j.
 */
export function validateArgs<S extends z.ZodType>(schema: S, args: unknown): z.infer<S> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const argument = issue.path.map(String).join(".") || "arguments";
  throw badInput(`Invalid argument ${argument}: ${issue.message}`, argument);
}
