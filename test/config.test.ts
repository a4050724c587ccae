import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config/env.js";

describe("configuration", () => {
  it("uses documented defaults when nothing is set", () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_DATABASE).toBe("neo4j");
    expect(c.GRAPHQL_INTROSPECTION).toBe(true);
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", PORT: "" }).PORT).toBe(4000);
  });

  it("accepts cluster and Aura URIs unchanged", () => {
    expect(loadConfig({ NEO4J_URI: "neo4j+s://abcd1234.databases.neo4j.io" }).NEO4J_URI).toBe("neo4j+s://abcd1234.databases.neo4j.io");
  });

  it("names every bad variable and what is allowed", () => {
    let err: unknown;
    try {
      loadConfig({ PORT: "eighty", NEO4J_URI: "http://localhost:7474", SEED_ON_EMPTY: "maybe", NEO4J_LOCAL_HEAP: "lots" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/PORT: must be a whole number/);
    expect(msg).toMatch(/NEO4J_URI: must start with one of bolt:\/\/.*neo4j\+s:\/\//);
    expect(msg).toMatch(/SEED_ON_EMPTY: must be one of true, false/);
    expect(msg).toMatch(/NEO4J_LOCAL_HEAP: must be a JVM size such as 512m or 2g/);
  });

  it("turns introspection off in production unless asked for", () => {
    expect(loadConfig({ NODE_ENV: "production" }).GRAPHQL_INTROSPECTION).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).GRAPHQL_INTROSPECTION).toBe(true);
  });
});
