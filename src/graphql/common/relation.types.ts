import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { ATTENDANCE_STATUSES, type AttendanceStatus as Status } from "../../dataset/vocabulary.js";
import { Citation } from "./citation.type.js";
import { Node } from "./node.interface.js";
import { Organisation, Person, Meeting, Rule, Seat, TermsOfReference } from "./entity.types.js";
import { DateScalar } from "./date.scalar.js";

/** The GraphQL enum of attendance statuses, made from the vocabulary: PRESENT = "present", … */
export const AttendanceStatus = Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s.toUpperCase(), s])) as { [K in Uppercase<Status>]: Lowercase<K> };
export type AttendanceStatus = Status;
registerEnumType(AttendanceStatus, { name: "AttendanceStatus", description: "How a person figures in a meeting's record." });

export enum Direction {
  OUT = "OUT",
  IN = "IN",
}
registerEnumType(Direction, { name: "Direction", description: "OUT: from this entity to the other; IN: from the other to this one." });

@ObjectType({ description: "A person's attendance at a meeting, as the record states it." })
export class Attendance {
  @Field(() => Person, { description: "The person." }) person!: Person;
  @Field(() => Meeting, { description: "The meeting." }) meeting!: Meeting;
  @Field(() => AttendanceStatus, { description: "How the person figures in the record: present, apologies, in attendance, observer, officer or participant." })
  status!: AttendanceStatus;
  @Field(() => String, { nullable: true, description: "Role at the meeting: chair, presenter…" })
  role!: string | null;
  @Field(() => String, { nullable: true, description: "Capacity the record gives, e.g. Trustee, Primary Care Representative, a job title." })
  capacity!: string | null;
  @Field(() => Organisation, { nullable: true, description: "The organisation represented, where the record names one." })
  representing!: Organisation | null;
  @Field(() => String, { nullable: true, description: "The organisation as the record words it." })
  representingText!: string | null;
  @Field(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." })
  sources!: Citation[];
}

@ObjectType({ description: "How many of a meeting's attendance records have one status." })
export class StatusCount {
  @Field(() => AttendanceStatus, { description: "The status." }) status!: AttendanceStatus;
  @Field(() => Int, { description: "How many people the record names with it." }) count!: number;
}

@ObjectType({ description: "A person's stated link to an organisation or partnership, dated by the document that states it." })
export class Affiliation {
  @Field(() => Person, { description: "The person." }) person!: Person;
  @Field(() => Node, { description: "The organisation (or partnership) named." })
  organisation!: Node;
  @Field(() => String, { nullable: true, description: "Role or job title as the document gives it." }) role!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The date of the document that states it." })
  asOf!: string | null;
  @Field(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." })
  sources!: Citation[];
}

@ObjectType({ description: "A position a person held in a body, partnership or organisation (chair, deputy chair, independent chair…)." })
export class Position {
  @Field(() => Person, { description: "The person." }) person!: Person;
  @Field(() => Node, { name: "of", description: "The body, partnership or organisation in which the position is held." }) of!: Node;
  @Field(() => String, { description: "The position as the documents word it." }) position!: string;
  @Field(() => DateScalar, { nullable: true, description: "When the position began, where a document states it." }) since!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "The date of a record naming the person in the position (e.g. chairing a meeting), when no start is stated: held then, begun no later.",
  })
  recordedOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "When the position ended, where stated." }) until!: string | null;
  @Field(() => String, { nullable: true, description: "Term as stated, e.g. 2024/25." })
  term!: string | null;
  @Field(() => String, { nullable: true, description: 'A remark recorded with the position; one beginning "inferred:" says the link is read, not stated.' })
  note!: string | null;
  @Field(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." })
  sources!: Citation[];
}

@ObjectType({ description: "Two person records that may be one person. Recorded with its evidence, never merged." })
export class PossibleIdentity {
  @Field(() => Person, { description: "The person." }) person!: Person;
  @Field(() => Person, { description: "The other person record." }) other!: Person;
  @Field(() => String, { description: "Why the two records may be one person, and what is missing to decide." }) evidence!: string;
  @Field(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." })
  sources!: Citation[];
}

@ObjectType({ description: "A seat as one version of the terms of reference holds it." })
export class SeatInTerms {
  @Field(() => Seat, { description: "The seat." }) seat!: Seat;
  @Field(() => TermsOfReference, { description: "The version of the terms of reference." }) terms!: TermsOfReference;
  @Field(() => String, {
    description: "stated (the terms list it), inferred (derived from what a later paper says changed) or uncertain (the documents cannot tell).",
  })
  basis!: string;
  @Field(() => String, { nullable: true, description: "A remark the curator recorded with the fact, where needed to read it." }) note!: string | null;
  @Field(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." })
  sources!: Citation[];
}

@ObjectType({ description: "A rule as one version of the terms of reference holds it." })
export class RuleInTerms {
  @Field(() => Rule, { description: "The rule." }) rule!: Rule;
  @Field(() => TermsOfReference, { description: "The version of the terms of reference." }) terms!: TermsOfReference;
  @Field(() => String, {
    description: "stated (the terms give it), inferred (derived from what a later paper says changed) or uncertain (the documents cannot tell).",
  })
  basis!: string;
  @Field(() => String, { nullable: true, description: "A remark the curator recorded with the fact, where needed to read it." }) note!: string | null;
  @Field(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." })
  sources!: Citation[];
}

@ObjectType({ description: "A relationship seen from one end: its type, direction, the entity at the other end, and its evidence." })
export class Relation {
  @Field(() => String, { description: "Relationship type, e.g. PART_OF, REPORTS_TO, RAISED_AT." })
  type!: string;
  @Field(() => Direction, { description: "Which way the relationship points from this entity." }) direction!: Direction;
  @Field(() => Node, { description: "The entity at this position." }) node!: Node;
  @Field(() => DateScalar, { nullable: true, description: "Day of the step or fact (YYYY-MM-DD), where the document dates it." }) date!: string | null;
  @Field(() => String, { nullable: true, description: "The date as the document words it, when no exact day is known." }) dateText!: string | null;
  @Field(() => String, { nullable: true, description: "A remark the curator recorded with the fact, where needed to read it." }) note!: string | null;
  @Field(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." })
  sources!: Citation[];
}
