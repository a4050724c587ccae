import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { cypher } from "../../neo4j/cypher-files.js";
import { int } from "../../neo4j/convert.js";
import type { GraphQLContext } from "../context.js";
import { EntityType } from "../common/entity-type.js";
import { Node } from "../common/node.interface.js";
import type { EntityRow } from "../../neo4j/rows.js";
import { validateArgs } from "../common/validate.js";

const SEARCH = cypher("queries/search");
const LATEST_RECORD = cypher("queries/latest-record");

@ObjectType({ description: "An entity found by full-text search, with its relevance." })
export class SearchHit {
  @Field(() => Node, { description: "The entity found." }) entity!: Node;
  @Field(() => EntityType, { description: "The kind of entity." }) type!: EntityType;
  @Field(() => Float, {
    description: "Lucene relevance; higher is better. Hits come best first, except that entities the words name outright come first, newest record first.",
  })
  score!: number;
  @Field(() => [String], { description: "Which fields matched the words: name, aliases, title, text or quote." })
  matchedIn!: string[];
  @Field(() => String, {
    nullable: true,
    description:
      'When the hit was found through another name of an entity the words name outright ("ARF", an alias of the Accelerating Reform Fund), that name; null for a hit on the words themselves.',
  })
  via!: string | null;
  @Field(() => [Node], {
    description:
      'When the words are a name or alias several entities share ("ICP"), the others that go by it, newest record first; the hit with the newest record is listed first.',
  })
  sharesNameWith!: Node[];
}

const searchArgs = z.object({
  text: z.string().trim().min(2, "must have at least 2 characters").max(200, "must be at most 200 characters"),
  types: z.array(z.enum(EntityType)).max(20).nullish(),
  first: z.number().int().min(1, "must be at least 1").max(100, "must be at most 100"),
});

/**
 * Turns user text into a Lucene query that cannot be misread: every word is escaped, so characters
 * such as :, ", * or AND are searched for, never interpreted. Each word must match (AND); the last
 * may be a prefix, so results come as the user types.
 */
export function luceneQuery(text: string): string {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&"))
    // Lucene reads these words as operators even escaped; lower case, they are words (the analyser lowers case anyway).
    .map((w) => (/^(AND|OR|NOT|TO)$/.test(w) ? w.toLowerCase() : w))
    .filter((w) => w.length > 0);
  return words.map((w, i) => (i === words.length - 1 && !w.endsWith("\\") ? `(${w} OR ${w}*)` : w)).join(" AND ");
}

/** A Lucene phrase query for a name, escaped the same way. */
const phrase = (name: string) => `"${name.replace(/["\\]/g, "\\$&")}"`;

/** A name as compared with the words: case and punctuation aside. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const same = (a: unknown, key: string) => typeof a === "string" && fold(a) === key;

const namesOf = (row: EntityRow) => [row.name, ...(Array.isArray(row.aliases) ? row.aliases : [])].filter((n): n is string => typeof n === "string");

/** The entities the text names outright: its name or one of its aliases, ignoring case and punctuation. */
function namedOutright(rows: EntityRow[], text: string): EntityRow[] {
  const key = fold(text);
  return rows.filter((row) => namesOf(row).some((n) => same(n, key)));
}

/** The other names of what the text names outright: a minute that says "ARF" is about the Accelerating Reform Fund. */
function otherNames(named: EntityRow[], text: string): string[] {
  const key = fold(text);
  return [...new Set(named.flatMap((row) => namesOf(row).filter((n) => !same(n, key))))].slice(0, 10);
}

function matchedIn(row: EntityRow, text: string): string[] {
  // The index stems words; so does this, roughly, so "Accelerating" is seen in "Accelerated".
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 5 ? w.replace(/(?:ing|ed|es|s)$/, "") : w));
  const has = (v: unknown) => typeof v === "string" && words.some((w) => v.toLowerCase().includes(w));
  const out: string[] = [];
  if (has(row.name)) out.push("name");
  if (Array.isArray(row.aliases) && row.aliases.some(has)) out.push("aliases");
  if (has(row.title)) out.push("title");
  if (has(row.text)) out.push("text");
  if (row.citeQuote?.some(has)) out.push("quote");
  return out;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: "Full-text search over names, aliases, titles, texts and quoted evidence, best first." })
  async search(
    @Arg("text", () => String, { description: "Words to find; all must match, the last may be the start of a word." }) text: string,
    @Ctx() ctx: GraphQLContext,
    @Arg("types", () => [EntityType], { nullable: true, description: "Only entities of these kinds." }) types?: EntityType[] | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "How many hits, 1 to 100 (default 20)." }) first?: number,
  ): Promise<SearchHit[]> {
    const a = validateArgs(searchArgs, { text, types, first });
    const rows = await ctx.gateway.read(SEARCH, { query: luceneQuery(a.text), labels: a.types ?? null, limit: int(a.first) }, ctx.roundTrips);
    const hits: SearchHit[] = rows.map((r) => ({
      entity: r.entity as Node,
      type: r.type as EntityType,
      score: r.score as number,
      matchedIn: matchedIn(r.entity as EntityRow, a.text),
      via: null,
      sharesNameWith: [],
    }));
    const named = namedOutright(
      rows.map((r) => r.entity as EntityRow),
      a.text,
    );
    // A name or alias several entities share ("ICP"): the one with the newest record comes first,
    // each naming the others, so a reader sees that an older body was called so too.
    if (named.length > 1) {
      const latest = new Map(
        (await ctx.gateway.read(LATEST_RECORD, { ids: named.map((n) => n.id) }, ctx.roundTrips)).map((r) => [
          r.id as string,
          (r.latest as string | null) ?? "",
        ]),
      );
      const order = [...named].sort((x, y) => (latest.get(y.id) ?? "").localeCompare(latest.get(x.id) ?? ""));
      const isNamed = (h: SearchHit) => order.some((n) => n.id === (h.entity as unknown as EntityRow).id);
      const front = order.map((n) => hits.find((h) => (h.entity as unknown as EntityRow).id === n.id)!);
      for (const h of front) h.sharesNameWith = order.filter((n) => n.id !== (h.entity as unknown as EntityRow).id) as unknown as Node[];
      hits.splice(0, hits.length, ...front, ...hits.filter((h) => !isNamed(h)));
    }
    // Widen by the other names of what the words name outright; those hits follow the direct ones.
    const names = otherNames(named, a.text);
    if (names.length && hits.length < a.first) {
      const seen = new Set(hits.map((h) => (h.entity as unknown as EntityRow).id));
      const more = await ctx.gateway.read(SEARCH, { query: names.map(phrase).join(" OR "), labels: a.types ?? null, limit: int(a.first) }, ctx.roundTrips);
      for (const r of more) {
        const entity = r.entity as EntityRow;
        if (seen.has(entity.id) || hits.length >= a.first) continue;
        const via = names.find((n) => matchedIn(entity, n).length > 0) ?? names[0]!;
        hits.push({
          entity: entity as unknown as Node,
          type: r.type as EntityType,
          score: r.score as number,
          matchedIn: matchedIn(entity, via),
          via,
          sharesNameWith: [],
        });
      }
    }
    for (const h of hits) ctx.loaders.entity.prime((h.entity as unknown as EntityRow).id, h.entity as unknown as EntityRow);
    return hits;
  }
}
