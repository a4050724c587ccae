/*
 * The model's vocabulary, stated once: the dataset format (format.ts) validates with these lists,
 * the GraphQL layer describes and filters with them, src/membership counts with them, and a test
 * checks that the Cypher files name nothing outside them (test/vocabulary.test.ts).
 */

export const DOCUMENT_KINDS = ["minutes", "key-decisions", "report", "terms-of-reference", "notes", "compilation"] as const;

export const ORGANISATION_KINDS = [
  "council",
  "county-council",
  "unitary-council",
  "district-council",
  "nhs-trust",
  "icb",
  "ccg",
  "vcfse",
  "police",
  "fire-and-rescue",
  "university",
  "college",
  "government-department",
  "network",
  "healthwatch",
  "hospice",
  "business",
  "nhs-body",
  "primary-care",
  "other",
] as const;

export const BODY_KINDS = [
  "partnership-board",
  "executive",
  "implementation-group",
  "board",
  "interim-board",
  "pmo",
  "committee",
  "development-session-series",
  "workshop-series",
  "group",
  "leadership-team",
  "stakeholder-group",
  "provider-collaborative",
  "alliance",
  "combined-authority",
  "system",
] as const;

export const LEVELS = ["neighbourhood", "district", "locality", "place", "system", "county", "region", "national"] as const;
export const MEETING_KINDS = ["formal-meeting", "workshop", "development-session", "virtual-meeting"] as const;
export const MEETING_STATUSES = ["held", "proposed", "scheduled"] as const;
export const PRIORITY_KINDS = ["priority", "theme", "workstream", "programme", "objective", "topic"] as const;
export const STRATEGY_KINDS = ["strategy", "section", "plan"] as const;
export const RULE_KINDS = ["quorum", "attendance", "chair", "deputy"] as const;

/** How a person figures in a meeting's record. */
export const ATTENDANCE_STATUSES = ["present", "apologies", "in_attendance", "observer", "officer", "participant"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Every status but apologies: the person was there. */
export const ATTENDING_STATUSES: readonly AttendanceStatus[] = ATTENDANCE_STATUSES.filter((s) => s !== "apologies");

/** The statuses a quorum rule may count towards its figure. */
export const COUNTABLE_STATUSES = ["present", "in_attendance", "participant"] as const;

/** The order a meeting lists its attendance in: members first, apologies last. */
export const ATTENDANCE_DISPLAY_ORDER: readonly AttendanceStatus[] = ["present", "participant", "in_attendance", "observer", "officer", "apologies"];

/** Whether the terms state a seat or rule, or it is inferred from what a later paper says changed, or the documents cannot tell. */
export const BASES = ["stated", "inferred", "uncertain"] as const;

/** The relationships of a lineage: how a priority, decision or strategy travelled through meetings into strategies. */
export const LINEAGE_TYPES = [
  "RAISED_AT",
  "REQUESTED_AT",
  "DISCUSSED_AT",
  "PROPOSED_FOR",
  "APPROVED_AT",
  "ADOPTED_INTO",
  "FEEDS_INTO",
  "AGREED_AT",
  "PRESENTED_TO",
] as const;
export type LineageType = (typeof LINEAGE_TYPES)[number];

/** The lineage relationships that end at a meeting, and organisations facilitating one: what came to a meeting. */
export const MEETING_TOPICS = [...LINEAGE_TYPES.filter((t) => t !== "ADOPTED_INTO" && t !== "FEEDS_INTO"), "FACILITATED"] as const;

/** The relationship types with no properties of their own beyond a note and a date. */
export const PLAIN_RELATIONSHIP_TYPES = [
  "BODY_OF",
  "PART_OF",
  "REPORTS_TO",
  "RECEIVES_UPDATES_FROM",
  "SUCCEEDED_BY",
  "FOUNDED_BY",
  "MEMBER_OF",
  "COVERS",
  "MEETING_OF",
  "RECORDS",
  "HAS_ITEM",
  "HAS_RESOLUTION",
  "HAS_ACTION",
  "ASSIGNED_TO",
  "PRESENTED",
  "IN_SECTOR",
  "GOVERNS",
  "SEAT_SECTOR",
  "SEAT_ORGANISATION",
  "REVISES",
  "SECTION_OF",
  "ISSUED_BY",
  "FACILITATED",
  "AUTHORED",
  "ESTABLISHED",
] as const;
