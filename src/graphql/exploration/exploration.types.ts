import { DatePrecision } from "../common/date-precision.js";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Citation } from "../common/citation.type.js";
import { AttendanceStatus } from "../common/relation.types.js";
import { Body, Meeting, Person } from "../common/entity.types.js";
import { Node } from "../common/node.interface.js";
import { DateScalar } from "../common/date.scalar.js";

export enum LineageStream {
  ORIGIN = "ORIGIN",
  SUBJECT = "SUBJECT",
  DESTINATION = "DESTINATION",
}
registerEnumType(LineageStream, {
  name: "LineageStream",
  description: "Whose step it is: something that fed into the subject (ORIGIN), the subject's own (SUBJECT), or something the subject fed into (DESTINATION).",
});

@ObjectType({ description: "One step in the life of a priority, decision or change: an event it passed through, with the evidence." })
export class LineageStep {
  @Field(() => Int, { description: "1-based position in the chain." })
  position!: number;
  @Field(() => DateScalar, { nullable: true, description: "Day of the step (YYYY-MM-DD): the date the relationship states, else the event's date." })
  date!: string | null;
  @Field(() => String, { nullable: true, description: "The date as the documents word it when no exact day is known, e.g. September 2024." })
  dateText!: string | null;
  @Field(() => String, { nullable: true, description: "The month dateText names, machine-readable (YYYY-MM)." })
  month!: string | null;
  @Field(() => DatePrecision, { nullable: true, description: "DAY, MONTH or YEAR: how exactly the step is dated; null when undated." })
  datePrecision!: DatePrecision | null;
  @Field(() => Boolean, { description: "False when no exact day is known; the step is then placed by the month in dateText, or after the dated steps." })
  dated!: boolean;
  @Field(() => String, {
    description: "The relation: RAISED_AT, REQUESTED_AT, DISCUSSED_AT, PROPOSED_FOR, AGREED_AT, APPROVED_AT, PRESENTED_TO, FEEDS_INTO or ADOPTED_INTO.",
  })
  relation!: string;
  @Field(() => String, {
    description: "The relation in words: raised at, requested at, discussed at, proposed for, agreed at, approved at, presented to, fed into, adopted into.",
  })
  verb!: string;
  @Field(() => Node, { description: "The priority, theme or decision whose step this is." })
  subject!: Node;
  @Field(() => LineageStream, { description: "Whether the step belongs to the subject, to something that fed into it, or to something it fed into." })
  stream!: LineageStream;
  @Field(() => Node, { description: "The event, strategy section or terms of reference the step reached." })
  event!: Node;
  @Field(() => Body, { nullable: true, description: "The body that held the event, or that the terms govern." })
  body!: Body | null;
  @Field(() => String, { nullable: true, description: "A remark recorded with the step, e.g. deep dive." })
  note!: string | null;
  @Field(() => [Citation], { description: "The passages that prove the step." })
  sources!: Citation[];
}

@ObjectType({ description: "The chain of events an entity passed through, in order, with what fed into it and what it fed into." })
export class Lineage {
  @Field(() => Node, { nullable: true, description: "The entity asked about; null when no entity has that id." })
  subject!: Node | null;
  @Field(() => [LineageStep], { description: "Every step, in chronological order." })
  steps!: LineageStep[];
  @Field(() => [Node], { description: "Entities that fed into the subject." })
  origins!: Node[];
  @Field(() => [Node], { description: "Entities the subject fed into." })
  destinations!: Node[];
}

@ObjectType({ description: "One relationship on a path or in a subgraph, with its direction and evidence." })
export class GraphEdge {
  @Field(() => String, { description: "Relationship type, e.g. ATTENDED, BODY_OF, AFFILIATED_WITH." })
  type!: string;
  @Field(() => String, { description: "Id of the entity the relationship starts from." })
  fromId!: string;
  @Field(() => String, { description: "Id of the entity it points to." })
  toId!: string;
  @Field(() => Boolean, { description: "On a path: true when the relationship points along the path (from the earlier entity to the later)." })
  forward!: boolean;
  @Field(() => DateScalar, { nullable: true, description: "The day the relationship states or, for attendance, the meeting's day." })
  date!: string | null;
  @Field(() => String, { nullable: true, description: "Status, role or position the relationship carries, in words (e.g. present, Chair)." })
  label!: string | null;
  @Field(() => [Citation], { description: "The passages that prove the relationship." })
  sources!: Citation[];
}

@ObjectType({ description: "A chain of evidence-backed relationships linking two entities." })
export class GraphPath {
  @Field(() => Int, { description: "Number of relationships." })
  length!: number;
  @Field(() => [Node], { description: "The entities along the path, from the first to the last." })
  nodes!: Node[];
  @Field(() => [GraphEdge], { description: "The relationships between consecutive entities." })
  edges!: GraphEdge[];
}

@ObjectType({ description: "Entities and relationships around an entity, for drawing." })
export class Subgraph {
  @Field(() => Node, { nullable: true, description: "The entity at the centre; null when no entity has that id." })
  centre!: Node | null;
  @Field(() => [Node], { description: "The centre and its neighbours." })
  nodes!: Node[];
  @Field(() => [GraphEdge], { description: "Relationships among those entities." })
  edges!: GraphEdge[];
  @Field(() => Boolean, { description: "True when more neighbours exist than were returned (the limit applied)." })
  truncated!: boolean;
}

@ObjectType({ description: "An attendance that proves presence at one side of an interlock." })
export class InterlockProof {
  @Field(() => Meeting, { description: "The meeting attended." })
  meeting!: Meeting;
  @Field(() => Person, { description: "The person who attended (for an organisation, who represented it)." })
  person!: Person;
  @Field(() => AttendanceStatus, { description: "Their recorded status." })
  status!: AttendanceStatus;
  @Field(() => [Citation], { description: "The passages that record the attendance." })
  sources!: Citation[];
}

@ObjectType({ description: "A person or organisation present at meetings of both bodies." })
export class Interlock {
  @Field(() => String, { description: "PERSON or ORGANISATION." })
  kind!: string;
  @Field(() => Node, { description: "The person or organisation." })
  entity!: Node;
  @Field(() => [InterlockProof], { description: "Attendances at meetings of the first body (a)." })
  inA!: InterlockProof[];
  @Field(() => [InterlockProof], { description: "Attendances at meetings of the second body (b)." })
  inB!: InterlockProof[];
}

@ObjectType({ description: "A dated fact about an entity." })
export class TimelineEntry {
  @Field(() => DateScalar, { description: "Day of the fact (YYYY-MM-DD)." })
  date!: string;
  @Field(() => String, { description: "Relationship type, e.g. ATTENDED, HELD_POSITION, RAISED_AT, MEETING_OF." })
  relation!: string;
  @Field(() => String, { description: "OUT when the entity is the relationship's start, IN when it is its end." })
  direction!: string;
  @Field(() => Node, { description: "The entity at the other end." })
  node!: Node;
  @Field(() => String, { nullable: true, description: "Status, role or position the relationship carries, in words." })
  label!: string | null;
  @Field(() => [Citation], { description: "The passages that state the fact." })
  sources!: Citation[];
}
