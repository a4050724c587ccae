import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { startSeededServer, stopSeededServer } from "../helpers/server.js";

/**
 * A bounded fuzz run (fixed seed, 2,000 requests): queries generated from the schema with odd
 * arguments and selections, and malformed HTTP input. Whatever arrives, the answer is JSON, never
 * a 5xx, never a server error code, and never shows internal text.
 */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IDS = [
  "person:alistair-bradley",
  "partnership:lsc-icp",
  "meeting:lsc-icp-2024-03-25",
  "body:lsc-icp",
  "org:chorley-council",
  "doc:lsc-icp-2024",
  "priority:transforming-community-services",
  "nope",
  "person:",
  "x:y:z",
  "",
];
const STRINGS = [
  "reform",
  "Chorley",
  "",
  " ",
  "a",
  "\u0000",
  "🙂".repeat(50),
  "x".repeat(5000),
  "' OR 1=1 //",
  '"}',
  "*",
  "AND",
  "~",
  "\\",
  "2024-03-25",
  "2024-02-30",
  "-1",
  "<script>",
];
const INTS = [0, 1, 3, 10, 100, 101, -1, -2147483648, 2147483647, 1e9];

describe("fuzzing the API", () => {
  let s: Awaited<ReturnType<typeof startSeededServer>>;
  beforeAll(async () => {
    s = await startSeededServer({ NODE_ENV: "production", GRAPHQL_MAX_DEPTH: "7", GRAPHQL_MAX_COST: "5000" });
  });
  afterAll(() => stopSeededServer(s));

  it("answers 2,000 generated and malformed requests with JSON, no 5xx and no internal text", async () => {
    const schema = await buildGraphQLSchema();
    const r = rng(20261201);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

    const value = (type: GraphQLInputType, depth = 0): string => {
      if (r() < 0.05) return "null";
      if (isNonNullType(type)) return value(type.ofType, depth);
      if (isListType(type)) return depth > 2 ? "[]" : `[${Array.from({ length: Math.floor(r() * 3) }, () => value(type.ofType, depth + 1)).join(", ")}]`;
      if (isEnumType(type)) return r() < 0.9 ? pick(type.getValues()).name : "NOT_A_VALUE";
      if (isInputObjectType(type))
        return `{ ${Object.values(type.getFields())
          .filter(() => r() < 0.7)
          .map((f) => `${f.name}: ${value(f.type, depth + 1)}`)
          .join(", ")} }`;
      if (isScalarType(type)) {
        const n = type.name;
        if (n === "Int") return String(r() < 0.9 ? pick(INTS) : "1.5");
        if (n === "Float") return String(r() * 1000 - 500);
        if (n === "Boolean") return r() < 0.5 ? "true" : "false";
        if (n === "ID") return JSON.stringify(pick(IDS));
        if (n === "Date") return JSON.stringify(pick(["2024-03-25", "2024-07-15", "2016-02-16", "2024-02-30", "yesterday", ""]));
        return JSON.stringify(pick(STRINGS));
      }
      return "null";
    };
    const selection = (type: GraphQLObjectType, depth: number): string => {
      const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
      const chosen = fields.filter(() => r() < 0.35).slice(0, 6);
      if (!chosen.length) chosen.push(fields[0]!);
      return chosen
        .map((f) => {
          const args = f.args.filter((a) => isNonNullType(a.type) || r() < 0.4).map((a) => `${a.name}: ${value(a.type)}`);
          const named = getNamedType(f.type);
          const head = `${r() < 0.1 ? `a${Math.floor(r() * 100)}: ` : ""}${f.name}${args.length ? `(${args.join(", ")})` : ""}${r() < 0.05 ? ` @skip(if: ${r() < 0.5})` : ""}`;
          if (isObjectType(named)) return depth >= 3 ? `${head} { __typename }` : `${head} { ${selection(named, depth + 1)} }`;
          if (!isScalarType(named) && !isEnumType(named)) return `${head} { __typename ... on Node { id } }`;
          return head;
        })
        .join(" ");
    };
    const query = schema.getQueryType()!;
    const requests: { body: string | Uint8Array; headers: Record<string, string>; method?: string; url?: string }[] = [];
    for (let i = 0; i < 1700; i++) {
      const q = `{ ${selection(query, 0)} }`;
      requests.push({
        body: JSON.stringify({ query: r() < 0.03 ? q.slice(0, Math.floor(r() * q.length)) : q }),
        headers: { "content-type": "application/json" },
      });
    }
    const malformed: (() => (typeof requests)[number])[] = [
      () => ({ body: Uint8Array.from({ length: 200 }, () => Math.floor(r() * 256)), headers: { "content-type": "application/json" } }),
      () => ({
        body: '{"query": "{ person(id: \\"person:alistair-bradley\\") { name } }", "variables": [1,2]}',
        headers: { "content-type": "application/json" },
      }),
      () => ({
        body: JSON.stringify({ query: "query($x: Int!) { people(first: $x) { totalCount } }", variables: { x: pick(["a", 1.5, null, {}, []]) } }),
        headers: { "content-type": "application/json" },
      }),
      () => ({
        body: JSON.stringify({
          query: pick([
            "",
            "{",
            "}",
            "query",
            "mutation { commitDraft }",
            "subscription { x }",
            "{ __schema { types { name } } }",
            "{ ...F }",
            "fragment F on Query { x } { ...F }",
          ]),
        }),
        headers: { "content-type": "application/json" },
      }),
      () => ({
        body: JSON.stringify({ query: "{ __typename }" }),
        headers: { "content-type": pick(["text/plain", "application/json; charset=latin1", "application/x-www-form-urlencoded", "multipart/form-data"]) },
      }),
      () => ({ body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ x }" }]), headers: { "content-type": "application/json" } }),
      () => ({
        body: "",
        headers: { "content-type": "application/json" },
        method: "GET",
        url: `/graphql?query=${encodeURIComponent(pick(["{ __typename }", "{", "mutation { x }"]))}&variables=${encodeURIComponent(pick(["{", "[]", "{}"]))}`,
      }),
      () => ({
        body: JSON.stringify({
          query: "{ __typename }",
          extensions: { persistedQuery: { version: pick([1, 2, "x"]), sha256Hash: pick(["0".repeat(64), "abc", 5]) } },
        }),
        headers: { "content-type": "application/json" },
      }),
    ];
    for (let i = 0; i < 300; i++) requests.push(pick(malformed)());

    const known = new Set([
      "BAD_USER_INPUT",
      "GRAPHQL_VALIDATION_FAILED",
      "GRAPHQL_PARSE_FAILED",
      "QUERY_TOO_COMPLEX",
      "UNAUTHENTICATED",
      "FORBIDDEN",
      "PERSISTED_QUERY_NOT_FOUND",
      "PERSISTED_QUERY_NOT_SUPPORTED",
      "BAD_REQUEST",
      "OPERATION_RESOLUTION_FAILURE",
      "CONFLICT",
    ]);
    const problems: string[] = [];
    let i = 0;
    const worker = async () => {
      while (i < requests.length) {
        const req = requests[i++]!;
        const res = await fetch(`${s.server.url}${req.url ?? "/graphql"}`, {
          method: req.method ?? "POST",
          headers: { "apollo-require-preflight": "true", ...req.headers },
          ...(req.method === "GET" ? {} : { body: req.body }),
        });
        const text = await res.text();
        const show = typeof req.body === "string" ? req.body.slice(0, 160) : `${req.body.length} bytes`;
        if (res.status >= 500) problems.push(`${res.status} for ${show}: ${text.slice(0, 200)}`);
        let body: { errors?: { extensions?: { code?: string } }[] } = {};
        try {
          body = JSON.parse(text);
        } catch {
          problems.push(`not JSON (${res.status}) for ${show}: ${text.slice(0, 120)}`);
        }
        for (const e of body.errors ?? [])
          if (!known.has(String(e.extensions?.code))) problems.push(`code ${e.extensions?.code} for ${show}: ${JSON.stringify(e).slice(0, 200)}`);
        if (/node_modules|\/work\/|\.ts:\d+|at [\w.<>]+ \(/.test(text)) problems.push(`internal text for ${show}: ${text.slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(requests.length).toBe(2000);
    expect(problems.slice(0, 15)).toEqual([]);
  }, 300_000);
});
