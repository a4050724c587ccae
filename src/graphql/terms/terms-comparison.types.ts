import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { TermsOfReference } from "../common/entity.types.js";
import { RuleInTerms, SeatInTerms } from "../common/relation.types.js";
import { CHANGES, MATCHES, type Change, type Match } from "../../membership/compare-terms.js";

/** The GraphQL enums, made from the lists compare-terms.ts decides with. */
export const TermsChange = Object.fromEntries(CHANGES.map((c) => [c, c])) as { [K in Change]: K };
export type TermsChange = Change;
registerEnumType(TermsChange, {
  name: "TermsChange",
  description:
    "ADDED: only b holds it; REMOVED: only a holds it; CHANGED: both hold it, with different fields; UNDETERMINED: both hold it, but one only on an uncertain basis, so the documents cannot tell whether it changed.",
});

export const TermsMatch = Object.fromEntries(MATCHES.map((m) => [m, m])) as { [K in Match]: K };
export type TermsMatch = Match;
registerEnumType(TermsMatch, {
  name: "TermsMatch",
  description:
    "Why a seat or rule of one version is taken to be one of the other: SAME_ENTITY (both versions hold the same seat or rule); SAME_SECTOR_AND_ORGANISATION (distinct seats naming the same sector and organisation); SAME_KIND_AND_ORDINAL (distinct rules of the same kind at the same place, e.g. quorum clause 3).",
});

@ObjectType({ description: "One field of a seat or rule that differs between the two versions." })
export class FieldChange {
  @Field(() => String, { description: "The field's name, as on Seat or Rule: position, holderRoles, text, spec…" }) field!: string;
  @Field(() => String, { nullable: true, description: "Its value in version a (lists as JSON)." }) a!: string | null;
  @Field(() => String, { nullable: true, description: "Its value in version b (lists as JSON)." }) b!: string | null;
}

@ObjectType({ description: "A seat that differs between two versions of terms of reference, as each version holds it, with the quotes of each." })
export class SeatDifference {
  @Field(() => TermsChange, { description: "ADDED, REMOVED, CHANGED or UNDETERMINED." }) change!: TermsChange;
  @Field(() => TermsMatch, { nullable: true, description: "How the seat of a was matched to the seat of b; null when only one version holds it." })
  matchedBy!: TermsMatch | null;
  @Field(() => SeatInTerms, { nullable: true, description: "The seat as version a holds it (basis, note, quotes); null when ADDED." }) a!: SeatInTerms | null;
  @Field(() => SeatInTerms, { nullable: true, description: "The seat as version b holds it (basis, note, quotes); null when REMOVED." }) b!: SeatInTerms | null;
  @Field(() => [FieldChange], { description: "The fields that differ, when both versions hold it." }) fields!: FieldChange[];
}

@ObjectType({ description: "A rule that differs between two versions of terms of reference, as each version holds it, with the quotes of each." })
export class RuleDifference {
  @Field(() => TermsChange, { description: "ADDED, REMOVED, CHANGED or UNDETERMINED." }) change!: TermsChange;
  @Field(() => TermsMatch, { nullable: true, description: "How the rule of a was matched to the rule of b; null when only one version holds it." })
  matchedBy!: TermsMatch | null;
  @Field(() => RuleInTerms, { nullable: true, description: "The rule as version a holds it (basis, note, quotes); null when ADDED." }) a!: RuleInTerms | null;
  @Field(() => RuleInTerms, { nullable: true, description: "The rule as version b holds it (basis, note, quotes); null when REMOVED." }) b!: RuleInTerms | null;
  @Field(() => [FieldChange], { description: "The fields that differ, when both versions hold it." }) fields!: FieldChange[];
}

@ObjectType({ description: "How version b of terms of reference differs from version a: seats and rules added, removed, changed or undetermined." })
export class TermsComparison {
  @Field(() => TermsOfReference, { description: "The version compared from." }) a!: TermsOfReference;
  @Field(() => TermsOfReference, { description: "The version compared to." }) b!: TermsOfReference;
  @Field(() => [SeatDifference], { description: "Seats that differ, in b's table order, then those only a holds, in a's." }) seats!: SeatDifference[];
  @Field(() => [RuleDifference], { description: "Rules that differ, by kind and order in b, then those only a holds." }) rules!: RuleDifference[];
  @Field(() => Int, { description: "Seats both versions hold unchanged." }) unchangedSeats!: number;
  @Field(() => Int, { description: "Rules both versions hold unchanged." }) unchangedRules!: number;
}
