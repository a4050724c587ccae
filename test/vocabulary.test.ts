import { describe, expect, it } from "vitest";
import { ATTENDANCE_STATUSES, ENTITY_TYPES, LINEAGE_TYPES, RELATIONSHIP_TYPES } from "../src/dataset/format.js";
import { cypher, cypherNames } from "../src/neo4j/cypher-files.js";

/*
 * The vocabulary is stated once, in src/dataset/vocabulary.ts (through format.ts). Cypher cannot
 * import it, so this checks that every relationship type, label and attendance status the .cypher
 * files name is one the model has, and that the lineage query follows exactly the lineage types.
 */

const FILES = ["queries", "ingest", "prefetch", "bench", "export"].flatMap(cypherNames).map((name) => ({ name, text: cypher(name).replace(/\/\/.*$/gm, "") }));

// Labels that are not entity types: the shared label, and the bookkeeping nodes of writes.
const OTHER_LABELS = ["Entity", "AuditEntry", "DocumentVersion", "GraphVersion"];

const typesIn = (text: string) => [...text.matchAll(/\[\w*:([A-Z_|]+)[\]* ]/g)].flatMap((m) => m[1]!.split("|"));

describe("the Cypher files speak the model's vocabulary", () => {
  it.each(FILES)("$name names only relationship types, labels and statuses of the model", ({ text }) => {
    for (const type of typesIn(text)) expect(RELATIONSHIP_TYPES, type).toContain(type);
    for (const [, label] of text.matchAll(/\(\w*:([A-Z][A-Za-z]+)/g)) expect([...ENTITY_TYPES, "SourceDocument", ...OTHER_LABELS], label).toContain(label);
    for (const [, status] of text.matchAll(/status\s*(?:=|<>)\s*'([a-z_]+)'/g)) expect(ATTENDANCE_STATUSES, status).toContain(status);
  });

  it("follows exactly the lineage relationships in the lineage query", () => {
    const stepList = cypher("queries/lineage")
      .match(/\[r:([A-Z_|]+)\]/)![1]!
      .split("|");
    expect([...stepList].sort()).toEqual([...LINEAGE_TYPES].sort());
  });
});
