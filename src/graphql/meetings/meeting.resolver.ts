import { ArgsType, Ctx, Field, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { z } from "zod";
import { ATTENDANCE_DISPLAY_ORDER, MEETING_KINDS, MEETING_STATUSES } from "../../dataset/vocabulary.js";
import type { EntityRow } from "../../neo4j/rows.js";
import type { GraphQLContext } from "../context.js";
import { pageArgs } from "../common/connection.js";
import { DateScalar } from "../common/date.scalar.js";
import { BODY_ID, PARTNERSHIP_ID } from "../common/ids.js";
import { Action, AgendaItem, Body, Meeting, Person, Place, Resolution, SourceDocument } from "../common/entity.types.js";
import { Node } from "../common/node.interface.js";
import { Reads } from "../common/prop.js";
import { DatePrecision } from "../common/date-precision.js";
import { precisionOf } from "../../dataset/date-text.js";
import { Attendance, Relation, StatusCount } from "../common/relation.types.js";
import { entityRoots, PageArgs } from "../common/roots.js";
import { ATTENDANCE_ORDER, BY_NUMBER, into, node, nodes, out, wrapped } from "../relationships/declare.js";
import { load } from "../relationships/resolve.js";
import { relationshipResolver } from "../relationships/resolver-class.js";
import { ATTENDANCE_FROM_MEETING, RELATION } from "../relationships/wrappers.js";
import { MEETING_TOPICS } from "../../dataset/vocabulary.js";
import { ActionsArgs, meetingRecordArgs, ResolutionsArgs } from "./meeting-records.args.js";

@ArgsType()
class MeetingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only meetings of this body." }) body?: string | null;
  @Field(() => ID, { nullable: true, description: "Only meetings of this partnership's bodies." }) partnership?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only meetings on or after this day (undated ones are left out)." }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only meetings on or before this day (undated ones are left out)." }) to?: string | null;
  @Field(() => String, { nullable: true, description: `${MEETING_KINDS.join(", ")}.` }) kind?: string | null;
  @Field(() => String, { nullable: true, description: `${MEETING_STATUSES.join(", ")}.` }) status?: string | null;
}

const meetingsArgs = z
  .object({
    ...pageArgs,
    body: BODY_ID.nullish(),
    partnership: PARTNERSHIP_ID.nullish(),
    from: z.string().nullish(),
    to: z.string().nullish(),
    kind: z.enum(MEETING_KINDS).nullish(),
    status: z.enum(MEETING_STATUSES).nullish(),
  })
  .refine((a) => !a.from || !a.to || a.from <= a.to, { message: "must not be before from", path: ["to"] });

export const MeetingRoots = entityRoots(
  Meeting,
  "Meeting",
  { name: "meeting", description: "A meeting or event by id; null when none has that id." },
  {
    name: "meetings",
    description: "Meetings and events, oldest first (undated last), filtered by body, partnership, date range, kind or status.",
    connection: "Meeting",
    pageOf: "meetings and events",
    args: MeetingsArgs,
    schema: meetingsArgs,
    query: "meetings-page",
  },
);

/** A meeting's attendance records: the hop of Meeting.attendance, which Meeting.attendanceCounts counts. */
const ATTENDANCE = into("ATTENDED");

export const MeetingRelationships = relationshipResolver(Meeting, {
  body: node(() => Body, out("MEETING_OF", "Body"), "The body that met."),
  attendance: wrapped(
    () => Attendance,
    ATTENDANCE_FROM_MEETING,
    ATTENDANCE,
    "Everyone the record names: present, apologies, in attendance, observers, officers, participants.",
    { order: ATTENDANCE_ORDER },
  ),
  agendaItems: nodes(() => AgendaItem, out("HAS_ITEM"), "Agenda items in minuted order.", { order: BY_NUMBER }),
  documents: nodes(() => SourceDocument, into("RECORDS"), "Documents that record the meeting."),
  places: nodes(() => Place, out("COVERS", "Place"), "Places the meeting or workshop covered."),
  topics: wrapped(
    () => Relation,
    RELATION,
    into(MEETING_TOPICS),
    "Priorities, strategies and organisations that came to this meeting: raised, discussed, proposed, approved, presented, facilitated.",
  ),
});

/** Fields of a meeting that are not one hop: counts over its attendance, the precision of its date. */
@Resolver(() => Meeting)
export class MeetingResolver {
  @Reads("date", "dateText")
  @FieldResolver(() => DatePrecision, { nullable: true, description: "DAY when date is known; MONTH or YEAR when only dateText dates it; null when undated." })
  datePrecision(@Root() meeting: EntityRow): DatePrecision | null {
    return precisionOf(meeting.date as string | undefined, meeting.dateText as string | undefined);
  }

  @Reads()
  @FieldResolver(() => [StatusCount], {
    description: "How many people the record names with each attendance status: every status, members first and apologies last, 0 where none.",
  })
  async attendanceCounts(@Root() meeting: EntityRow, @Ctx() ctx: GraphQLContext): Promise<StatusCount[]> {
    // Whole rows from the loader: a prefetched attendance holds only what its own selection read.
    const records = await load(ctx, meeting, ATTENDANCE);
    return ATTENDANCE_DISPLAY_ORDER.map((status) => ({ status, count: records.filter((r) => r.rel.status === status).length }));
  }
}

export const AgendaItemRoots = entityRoots(AgendaItem, "AgendaItem", { name: "agendaItem", description: "An agenda item by id; null when none has that id." });

export const AgendaItemRelationships = relationshipResolver(AgendaItem, {
  meeting: node(() => Meeting, into("HAS_ITEM"), "The meeting."),
  resolutions: nodes(() => Resolution, out("HAS_RESOLUTION"), "Resolutions recorded under this item."),
  actions: nodes(() => Action, out("HAS_ACTION"), "Action points recorded under this item."),
  presenters: nodes(() => Person, into("PRESENTED"), "Who presented or introduced the item."),
});

export const ResolutionRoots = entityRoots(
  Resolution,
  "Resolution",
  { name: "resolution", description: "A resolution or decision by id; null when none has that id." },
  {
    name: "resolutions",
    description:
      "Resolutions and decisions in the order meetings were held (undated last), and within a meeting as its record gives them (by the place of their quote in the text); filtered by the meeting that recorded them, its body, its day, or a person who presented the item.",
    connection: "Resolution",
    pageOf: "resolutions and decisions",
    args: ResolutionsArgs,
    schema: meetingRecordArgs,
    query: "resolutions-page",
  },
);

export const ResolutionRelationships = relationshipResolver(Resolution, {
  // HAS_RESOLUTION also comes from a meeting itself: only an agenda item is one.
  agendaItem: node(() => AgendaItem, into("HAS_RESOLUTION", "AgendaItem"), "The agenda item it was recorded under; null when recorded under no item."),
});

export const ActionRoots = entityRoots(
  Action,
  "Action",
  { name: "action", description: "An action point by id; null when none has that id." },
  {
    name: "actions",
    description:
      "Action points in the order meetings were held (undated last), and within a meeting as its record gives them (by the place of their quote in the text); filtered by the meeting that recorded them, its body, its day, or the person they are assigned to.",
    connection: "Action",
    pageOf: "action points",
    args: ActionsArgs,
    schema: meetingRecordArgs,
    query: "actions-page",
  },
);

export const ActionRelationships = relationshipResolver(Action, {
  // HAS_ACTION also comes from a meeting itself (a session's next steps): only an agenda item is one.
  agendaItem: node(() => AgendaItem, into("HAS_ACTION", "AgendaItem"), "The agenda item it was recorded under; null when recorded under no item."),
  assignees: nodes(() => Node, out("ASSIGNED_TO"), "People or bodies the action is assigned to, where the record names them."),
});
