import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher, cypherNames } from "../src/neo4j/cypher-files.js";
import { openTestDatabase } from "./helpers/db.js";

// Every statement the code runs lives in cypher/; each must at least plan on the real server.
describe("cypher/ files", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  const names = [...cypherNames("queries"), ...cypherNames("ingest"), ...cypherNames("bench"), ...cypherNames("admin"), ...cypherNames("export")];

  it("has the query files the code uses", () => {
    expect(names.length).toBeGreaterThan(15);
  });

  it("names a missing file in its error, which module constants raise at start-up", () => {
    expect(() => cypher("queries/no-such-query")).toThrow("No Cypher file cypher/queries/no-such-query.cypher");
  });

  it.each(names)("%s is accepted by EXPLAIN", async (name) => {
    await expect(db.gateway.read(`EXPLAIN ${cypher(name)}`)).resolves.toEqual([]);
  });
});
