import { ArgsType, Field, ID } from "type-graphql";
import { z } from "zod";
import { pageArgs } from "../common/connection.js";
import { BODY_ID, PARTNERSHIP_ID } from "../common/ids.js";
import { Rule, Seat, Sector, TermsOfReference, Body } from "../common/entity.types.js";
import { Node } from "../common/node.interface.js";
import { SeatInTerms } from "../common/relation.types.js";
import { entityRoots, PageArgs } from "../common/roots.js";
import { BY_KIND_THEN_ORDINAL, BY_ORDINAL, into, node, nodes, out, wrapped } from "../relationships/declare.js";
import { relationshipResolver } from "../relationships/resolver-class.js";
import { SEAT_IN_TERMS } from "../relationships/wrappers.js";

@ArgsType()
class TermsOfReferenceArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only versions that govern this body." }) body?: string | null;
  @Field(() => ID, { nullable: true, description: "Only versions that govern this partnership or one of its bodies." }) partnership?: string | null;
}

export const TermsRoots = entityRoots(
  TermsOfReference,
  "TermsOfReference",
  { name: "terms", description: "A version of terms of reference by id; null when none has that id." },
  {
    name: "termsOfReference",
    description:
      "Versions of terms of reference in the order they took effect (the day they took effect, else were approved, else are presented for; undated last), filtered by body or partnership.",
    connection: "TermsOfReference",
    pageOf: "versions of terms of reference",
    args: TermsOfReferenceArgs,
    schema: z.object({
      ...pageArgs,
      body: BODY_ID.nullish(),
      partnership: PARTNERSHIP_ID.nullish(),
    }),
    query: "terms-page",
  },
);

export const TermsRelationships = relationshipResolver(TermsOfReference, {
  body: node(() => Body, out("GOVERNS", "Body"), "The body these terms govern."),
  seats: wrapped(() => SeatInTerms, SEAT_IN_TERMS, out("HAS_SEAT"), "Seats in table order, each with whether the terms state it or it is inferred.", {
    order: BY_ORDINAL,
  }),
  rules: nodes(() => Rule, out("HAS_RULE"), "The rules these terms hold: quorum clauses, the attendance rule, chair and deputy rules.", {
    order: BY_KIND_THEN_ORDINAL,
  }),
  revises: node(() => TermsOfReference, out("REVISES"), "The version these terms revise."),
  revisedBy: node(() => TermsOfReference, into("REVISES"), "The version that revises these terms."),
});

export const SeatRoots = entityRoots(Seat, "Seat", { name: "seat", description: "A terms-of-reference seat by id; null when none has that id." });

export const SeatRelationships = relationshipResolver(Seat, {
  sector: node(() => Sector, out("SEAT_SECTOR"), "The sector of the seat."),
  organisation: node(() => Node, out("SEAT_ORGANISATION"), "The organisation or body the seat names, where it names one."),
  terms: nodes(() => TermsOfReference, into("HAS_SEAT"), "Versions of the terms that hold this seat."),
});

export const RuleRoots = entityRoots(Rule, "Rule", { name: "rule", description: "A rule of terms of reference by id; null when none has that id." });
