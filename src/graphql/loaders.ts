import fs from "node:fs/promises";
import path from "node:path";
import DataLoader from "dataloader";
import { DATA_DIR } from "../dataset/read.js";
import { cypher } from "../neo4j/cypher-files.js";
import type { Neo4jGateway, RoundTripCounter } from "../neo4j/gateway.js";
import type { EntityRow, LinkRow, RelRow } from "../neo4j/rows.js";

const ENTITIES_BY_ID = cypher("queries/entities-by-id");
const LINKS = cypher("queries/links");
const PARTNERSHIP_MEETINGS = cypher("queries/partnership-meetings");
const ORGANISATION_ATTENDANCE = cypher("queries/organisation-attendance");
const DOCUMENT_TEXTS = cypher("queries/document-texts");
const RELATIONSHIPS_BETWEEN = cypher("queries/relationships-between");

export type Direction = "OUT" | "IN";

export interface LinkKey {
  id: string;
  direction: Direction;
  types: readonly string[];
}

/** Relationships of one type from one entity to another. */
export interface PairKey {
  type: string;
  from: string;
  to: string;
}

export interface RepresentationRow {
  rel: RelRow;
  person: EntityRow;
  meeting: EntityRow;
}

export interface Loaders {
  /** Any entity by id, with its labels; null for an unknown id. */
  entity: DataLoader<string, EntityRow | null>;
  /** The relationships of one entity, of some types, in one direction. */
  links: DataLoader<LinkKey, LinkRow[], string>;
  /** Meetings of a partnership's bodies, in date order. */
  partnershipMeetings: DataLoader<string, EntityRow[]>;
  /** Attendance records in which someone represented an organisation. */
  organisationAttendance: DataLoader<string, RepresentationRow[]>;
  /** A source document's text, by its row: the text every citation's offsets refer to. */
  documentText: DataLoader<EntityRow, string, string>;
  /** The relationships of one type between two entities, whole: where a report held one in part. */
  relationshipsBetween: DataLoader<PairKey, RelRow[], string>;
}

const linkKey = (k: LinkKey) => `${k.id}|${k.direction}|${[...k.types].sort().join(",")}`;

/**
 * One loader per look-up, each batch one Cypher statement, so a query costs one round trip per
 * level of nesting however many rows it touches. Created per request: one user's cache never
 * answers another's query, and a write is seen by the next request.
 */
export function createLoaders(gateway: Neo4jGateway, roundTrips: RoundTripCounter): Loaders {
  const entity = new DataLoader<string, EntityRow | null>(async (ids) => {
    const rows = await gateway.read(ENTITIES_BY_ID, { ids }, roundTrips);
    const byId = new Map(rows.map((r) => [(r.entity as EntityRow).id, r.entity as EntityRow]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  // Entities reached through a relationship are complete rows: keep them, so a later look-up by id is free.
  const prime = (rows: EntityRow[]) => {
    for (const row of rows) entity.prime(row.id, row);
  };

  const links = new DataLoader<LinkKey, LinkRow[], string>(
    async (keys) => {
      const rows = await gateway.read(
        LINKS,
        { keys: keys.map((k) => ({ key: linkKey(k), id: k.id, direction: k.direction, types: [...k.types] })) },
        roundTrips,
      );
      const byKey = new Map(rows.map((r) => [r.key as string, r.links as LinkRow[]]));
      return keys.map((k) => {
        const found = byKey.get(linkKey(k)) ?? [];
        prime(found.map((l) => l.node));
        return found;
      });
    },
    { cacheKeyFn: linkKey },
  );

  const partnershipMeetings = new DataLoader<string, EntityRow[]>(async (ids) => {
    const rows = await gateway.read(PARTNERSHIP_MEETINGS, { ids }, roundTrips);
    const byId = new Map(rows.map((r) => [r.id as string, r.meetings as EntityRow[]]));
    return ids.map((id) => {
      const found = byId.get(id) ?? [];
      prime(found);
      return found;
    });
  });

  const organisationAttendance = new DataLoader<string, RepresentationRow[]>(async (ids) => {
    const rows = await gateway.read(ORGANISATION_ATTENDANCE, { ids }, roundTrips);
    const byId = new Map(rows.map((r) => [r.id as string, r.records as RepresentationRow[]]));
    return ids.map((id) => byId.get(id) ?? []);
  });

  // The graph keeps the text of each document's current version, whatever wrote it, so every API
  // instance serves the same text, and a restored version its own. Only a database loaded before
  // versions were kept lacks it; the curated file then stands in.
  const documentText = new DataLoader<EntityRow, string, string>(
    async (docs) => {
      const rows = await gateway.read(DOCUMENT_TEXTS, { ids: docs.map((d) => d.id) }, roundTrips);
      const stored = new Map(rows.map((r) => [r.id as string, r.text as string]));
      return Promise.all(
        docs.map((d) =>
          stored.has(d.id)
            ? stored.get(d.id)!
            : d.origin === "ingested"
              ? new Error(`The text of ${d.id} (version ${String(d.version)}) is not kept in the graph.`)
              : fs.readFile(path.join(DATA_DIR, String(d.file)), "utf8"),
        ),
      );
    },
    { cacheKeyFn: (d) => d.id },
  );

  const pairKey = (k: PairKey) => `${k.from}|${k.type}|${k.to}`;
  const relationshipsBetween = new DataLoader<PairKey, RelRow[], string>(
    async (keys) => {
      const rows = await gateway.read(RELATIONSHIPS_BETWEEN, { pairs: keys.map((k) => ({ key: pairKey(k), ...k })) }, roundTrips);
      const byKey = new Map(rows.map((r) => [r.key as string, r.rels as RelRow[]]));
      return keys.map((k) => byKey.get(pairKey(k)) ?? []);
    },
    { cacheKeyFn: pairKey },
  );

  return { entity, links, partnershipMeetings, organisationAttendance, documentText, relationshipsBetween };
}
