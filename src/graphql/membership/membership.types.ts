import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Meeting, Partnership, Person, Rule, Seat, Sector, TermsOfReference } from "../common/entity.types.js";
import { Node } from "../common/node.interface.js";
import { Affiliation, Position } from "../common/relation.types.js";
import { DateScalar } from "../common/date.scalar.js";

export enum SeatStatus {
  FILLED = "FILLED",
  VACANT = "VACANT",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(SeatStatus, {
  name: "SeatStatus",
  description: "FILLED: a person's stated role and organisation fit the seat; VACANT: the documents state it is vacant; UNKNOWN: the documents cannot tell.",
});

export enum QuorumOutcome {
  PASSES = "PASSES",
  FAILS = "FAILS",
  UNDETERMINED = "UNDETERMINED",
}
registerEnumType(QuorumOutcome, { name: "QuorumOutcome", description: "PASSES, FAILS, or UNDETERMINED when the records cannot decide (never a guess)." });

export enum PartnerGapStatus {
  UNREPRESENTED = "UNREPRESENTED",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(PartnerGapStatus, {
  name: "PartnerGapStatus",
  description: "UNREPRESENTED: the record lists no one present for the partner; UNKNOWN: the record cannot tell.",
});

@ObjectType({ description: "One seat of the terms in force, with who holds it, if the documents tell." })
export class SeatStatusEntry {
  @Field(() => Seat, { description: "The seat." }) seat!: Seat;
  @Field(() => Sector, { nullable: true, description: "Its sector." }) sector!: Sector | null;
  @Field(() => String, { description: "Whether the terms state the seat, or it is inferred or uncertain for this version." }) basis!: string;
  @Field(() => SeatStatus, { description: "FILLED, VACANT or UNKNOWN." }) status!: SeatStatus;
  @Field(() => Person, { nullable: true, description: "The holder, when FILLED." }) holder!: Person | null;
  @Field(() => Affiliation, { nullable: true, description: "The stated affiliation that fits the seat, with its citations." }) evidence!: Affiliation | null;
  @Field(() => [Person], { description: "Everyone whose stated role and organisation fit the seat, by name." }) candidates!: Person[];
  @Field(() => String, { description: "Why the status is what it is." }) reason!: string;
}

@ObjectType({ description: "A chair or deputy-chair rule with who holds the position on the day." })
export class PositionRuleReport {
  @Field(() => Rule, { description: "The rule." }) rule!: Rule;
  @Field(() => [Position], { description: "Who holds the position on the day, as recorded: by the day the holding began (or was first recorded), then name." })
  holders!: Position[];
}

@ObjectType({ description: "A partner missing from a meeting of a body without seats." })
export class PartnerGap {
  @Field(() => String, { description: "The partner as named: organisation, partner type or capacity." }) name!: string;
  @Field(() => Node, { nullable: true, description: "The organisation or sector, when the partner is one." }) partner!: Node | null;
  @Field(() => PartnerGapStatus, { description: "UNREPRESENTED or UNKNOWN." }) status!: PartnerGapStatus;
  @Field(() => String, { description: "Why." }) reason!: string;
  @Field(() => [Person], { description: "Who sent apologies for it, by name." }) apologies!: Person[];
}

@ObjectType({ description: "Which partners a meeting lacked." })
export class MeetingRepresentation {
  @Field(() => Meeting, { description: "The meeting." }) meeting!: Meeting;
  @Field(() => [PartnerGap], {
    description: "Partners not represented, or whose representation cannot be told: partners by name, then capacities that sent apologies, by capacity.",
  })
  gaps!: PartnerGap[];
}

@ObjectType({ description: "A sector of the terms at one meeting, and who there was from it (not the same as holding its seat)." })
export class SectorRepresentation {
  @Field(() => Sector, { description: "The sector." }) sector!: Sector;
  @Field(() => [Affiliation], {
    description:
      "People present whose affiliation, stated within 12 months of the meeting, is with an organisation of the sector's seats (or of the same kind), by name; empty when no one was.",
  })
  people!: Affiliation[];
}

@ObjectType({ description: "The sectors represented at one meeting." })
export class MeetingSectors {
  @Field(() => Meeting, { description: "The meeting." }) meeting!: Meeting;
  @Field(() => [SectorRepresentation], { description: "Every sector of the terms, by name." }) sectors!: SectorRepresentation[];
}

@ObjectType({
  description:
    "Seats of the terms in force against who fills them, sectors without a filled seat, attendees without a seat, chair and deputy rules, and, for bodies without seats, the partners each meeting lacked.",
})
export class MembershipGapReport {
  @Field(() => Partnership, { description: "The partnership." }) partnership!: Partnership;
  @Field(() => DateScalar, { description: "The day the report is for (YYYY-MM-DD)." }) asOf!: string;
  @Field(() => TermsOfReference, { nullable: true, description: "The version of the terms that applies on that day, if any." }) terms!: TermsOfReference | null;
  @Field(() => [String], { description: "Caveats: e.g. that the terms applying are a proposed revision." }) notes!: string[];
  @Field(() => [SeatStatusEntry], { description: "Every seat, in the terms' order." }) seats!: SeatStatusEntry[];
  @Field(() => [Sector], { description: "Sectors none of whose seats is FILLED, by name." }) sectorsWithoutFilledSeat!: Sector[];
  @Field(() => [Person], { description: "People recorded at the partnership's meetings in the 12 months to the day who hold no seat, by name." })
  attendeesWithoutSeat!: Person[];
  @Field(() => [PositionRuleReport], { description: "Chair and deputy-chair rules with their current holders, by kind, then in the terms' order." })
  positionRules!: PositionRuleReport[];
  @Field(() => [MeetingRepresentation], { description: "For bodies without seats in terms of reference: the partners each meeting lacked, meetings by date." })
  meetings!: MeetingRepresentation[];
  @Field(() => [MeetingSectors], {
    description:
      "For each meeting with recorded attendance in the 12 months to the day, by date: which sectors were represented there (the same answer quorum gives).",
  })
  sectorsAtMeetings!: MeetingSectors[];
}

@ObjectType({ description: "One quorum clause evaluated against a meeting's attendance." })
export class QuorumClauseResult {
  @Field(() => Rule, { description: "The clause." }) rule!: Rule;
  @Field(() => QuorumOutcome, { description: "PASSES, FAILS or UNDETERMINED." }) outcome!: QuorumOutcome;
  @Field(() => String, { description: "Why, naming the people counted and the evidence of their affiliation." }) reason!: string;
  @Field(() => [Person], { description: "The people counted towards the clause, by name." }) counted!: Person[];
  @Field(() => Int, { nullable: true, description: "How many the clause needs." }) required!: number | null;
  @Field(() => String, {
    description: "How the terms hold the clause: stated in their text, or inferred (quoted from another version because a later paper says it did not change).",
  })
  basis!: string;
}

@ObjectType({ description: "Whether a meeting was quorate under the terms in force, clause by clause." })
export class QuorumReport {
  @Field(() => Meeting, { description: "The meeting." }) meeting!: Meeting;
  @Field(() => TermsOfReference, { nullable: true, description: "The terms whose quorum rule applies." }) terms!: TermsOfReference | null;
  @Field(() => QuorumOutcome, { description: "PASSES only if every clause passes; FAILS if any fails; otherwise UNDETERMINED." }) outcome!: QuorumOutcome;
  @Field(() => String, { description: "Why." }) reason!: string;
  @Field(() => [QuorumClauseResult], { description: "Each clause of the rule, in order." }) clauses!: QuorumClauseResult[];
  @Field(() => [SectorRepresentation], {
    description: "The sectors of the terms represented at the meeting (as membershipGaps.sectorsAtMeetings says), by name.",
  })
  sectors!: SectorRepresentation[];
}

@ObjectType({ description: "Attendance of one person or organisation at a partnership's meetings over a period." })
export class AttendanceRecord {
  @Field(() => Node, { description: "The person or organisation." }) subject!: Node;
  @Field(() => String, { description: "PERSON or ORGANISATION." }) kind!: string;
  @Field(() => [Meeting], { description: "The meetings expected of it, by date." }) meetings!: Meeting[];
  @Field(() => Int, { description: "Meetings expected: held meetings of the bodies it is recorded at, from its first record in the period." })
  expected!: number;
  @Field(() => Int, { description: "Meetings attended (for an organisation: at which someone represented it)." }) present!: number;
  @Field(() => Int, { description: "Meetings with apologies and no attendance." }) apologies!: number;
  @Field(() => Float, { nullable: true, description: "present / expected; null when nothing was expected." }) rate!: number | null;
  @Field(() => Boolean, { description: "Whether the terms' attendance rule applies (members, not officers in attendance)." }) ruleApplies!: boolean;
  @Field(() => Float, { nullable: true, description: "The rule's threshold, e.g. 0.5." }) threshold!: number | null;
  @Field(() => Boolean, { description: "True when the rule applies and the rate is under its threshold: for the chair to review." }) belowThreshold!: boolean;
  @Field(() => String, { description: "How the figures were reached." }) basis!: string;
}
