import { z } from "zod";

/**
 * An id argument naming one kind of entity (`prefix:lower-case-words`, the prefix taken from the
 * example), checked before anything reaches Neo4j. The message names the kind and an example.
 */
export function entityId(what: string, example: string) {
  const prefix = example.slice(0, example.indexOf(":"));
  return z.string().regex(new RegExp(`^${prefix}:[a-z0-9-]+$`), `must be ${what} id such as ${example}`);
}

export const BODY_ID = entityId("a body", "body:lsc-icp");
export const PARTNERSHIP_ID = entityId("a partnership", "partnership:lsc-icp");
export const MEETING_ID = entityId("a meeting", "meeting:lsc-icp-2024-03-25");
export const PERSON_ID = entityId("a person", "person:alistair-bradley");
export const TERMS_ID = entityId("a terms-of-reference", "tor:lsc-icp-2024");
