import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import type { GraphQLContext } from "../context.js";
import { Citation } from "../common/citation.type.js";
import { Connection, pageArgs } from "../common/connection.js";
import { DateScalar } from "../common/date.scalar.js";
import { Action, AgendaItem, Body, Meeting, Person, Place, Resolution, SourceDocument } from "../common/entity.types.js";
import { Node } from "../common/node.interface.js";
import { andThen, compareText, linked, linkedOne, links, sources } from "../common/fields.js";
import { entityWithLabel, page } from "../common/lookup.js";
import { Attendance, Relation } from "../common/relation.types.js";
import { relations } from "../common/relations.js";
import type { EntityRow } from "../common/rows.js";
import { validateArgs } from "../common/validate.js";
import { attendanceOf } from "../people/person.resolver.js";

@ObjectType({ description: "A page of meetings and events, in the Relay cursor-connection form." })
export class MeetingConnection extends Connection(Meeting, "Meeting") {}

@ArgsType()
class MeetingsArgs {
  @Field(() => Int, { description: "Page size, 1 to 100." }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => ID, { nullable: true, description: "Only meetings of this body." }) body?: string | null;
  @Field(() => ID, { nullable: true, description: "Only meetings of this partnership's bodies." }) partnership?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only meetings on or after this day (undated ones are left out)." }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only meetings on or before this day (undated ones are left out)." }) to?: string | null;
  @Field(() => String, { nullable: true, description: "formal-meeting, workshop, development-session or virtual-meeting." }) kind?: string | null;
  @Field(() => String, { nullable: true, description: "held, proposed or scheduled." }) status?: string | null;
}

const meetingsArgs = z
  .object({
    ...pageArgs,
    body: z.string().regex(/^body:[a-z0-9-]+$/, "must be a body id such as body:lsc-icp").nullish(),
    partnership: z.string().regex(/^partnership:[a-z0-9-]+$/, "must be a partnership id such as partnership:lsc-icp").nullish(),
    from: z.string().nullish(),
    to: z.string().nullish(),
    kind: z.enum(["formal-meeting", "workshop", "development-session", "virtual-meeting"]).nullish(),
    status: z.enum(["held", "proposed", "scheduled"]).nullish(),
  })
  .refine((a) => !a.from || !a.to || a.from <= a.to, { message: "must not be before from", path: ["to"] });

const byNumber = (a: EntityRow, b: EntityRow) => Number(a.number ?? Infinity) - Number(b.number ?? Infinity) || compareText(String(a.title), String(b.title));

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: "A meeting or event by id; null when none has that id." })
  meeting(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return entityWithLabel(ctx, id, "Meeting", info);
  }

  @Query(() => MeetingConnection, { description: "Meetings and events, oldest first (undated last), filtered by body, partnership, date range, kind or status." })
  meetings(@Args(() => MeetingsArgs) args: MeetingsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const a = validateArgs(meetingsArgs, args);
    return page(ctx, "queries/meetings-page", a, {
      body: a.body ?? null,
      partnership: a.partnership ?? null,
      from: a.from ?? null,
      to: a.to ?? null,
      kind: a.kind ?? null,
      status: a.status ?? null,
    }, info);
  }

  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() m: EntityRow) {
    return sources(m);
  }

  @FieldResolver(() => Body, { nullable: true, description: "The body that met." })
  body(@Root() m: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, m, "OUT", "MEETING_OF", "Body");
  }

  @FieldResolver(() => [Attendance], { description: "Everyone the record names: present, apologies, in attendance, observers, officers, participants." })
  attendance(@Root() m: EntityRow, @Ctx() ctx: GraphQLContext) {
    const order = ["present", "participant", "in_attendance", "observer", "officer", "apologies"];
    return andThen(links(ctx, m, "IN", "ATTENDED"), (found) =>
      found
        .map((l) => attendanceOf(l.node, m, l.rel))
        .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || compareText(String(a.person.name), String(b.person.name))),
    );
  }

  @FieldResolver(() => [AgendaItem], { description: "Agenda items in minuted order." })
  agendaItems(@Root() m: EntityRow, @Ctx() ctx: GraphQLContext) {
    return andThen(linked(ctx, m, "OUT", "HAS_ITEM"), (items) => items.sort(byNumber));
  }

  @FieldResolver(() => [SourceDocument], { description: "Documents that record the meeting." })
  documents(@Root() m: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, m, "IN", "RECORDS");
  }

  @FieldResolver(() => [Place], { description: "Places the meeting or workshop covered." })
  places(@Root() m: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, m, "OUT", "COVERS", "Place");
  }

  @FieldResolver(() => [Relation], { description: "Priorities, strategies and organisations that came to this meeting: raised, discussed, proposed, approved, presented, facilitated." })
  topics(@Root() m: EntityRow, @Ctx() ctx: GraphQLContext) {
    return relations(ctx, m, "IN", "RAISED_AT", "REQUESTED_AT", "DISCUSSED_AT", "PROPOSED_FOR", "APPROVED_AT", "AGREED_AT", "PRESENTED_TO", "FACILITATED");
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() i: EntityRow) {
    return sources(i);
  }
  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting." }) meeting(@Root() i: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, i, "IN", "HAS_ITEM");
  }
  @FieldResolver(() => [Resolution], { description: "Resolutions recorded under this item." }) resolutions(@Root() i: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, i, "OUT", "HAS_RESOLUTION");
  }
  @FieldResolver(() => [Action], { description: "Action points recorded under this item." }) actions(@Root() i: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, i, "OUT", "HAS_ACTION");
  }
  @FieldResolver(() => [Person], { description: "Who presented or introduced the item." }) presenters(@Root() i: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, i, "IN", "PRESENTED");
  }
}

@Resolver(() => Resolution)
export class ResolutionResolver {
  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() r: EntityRow) {
    return sources(r);
  }
  @FieldResolver(() => AgendaItem, { nullable: true, description: "The agenda item it was recorded under." }) agendaItem(@Root() r: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, r, "IN", "HAS_RESOLUTION");
  }
}

@Resolver(() => Action)
export class ActionResolver {
  @FieldResolver(() => [Citation], { description: "The passages of the source documents that state this, each with its document, verbatim quote and offsets." }) sources(@Root() a: EntityRow) {
    return sources(a);
  }
  @FieldResolver(() => AgendaItem, { nullable: true, description: "The agenda item it was recorded under." }) agendaItem(@Root() a: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linkedOne(ctx, a, "IN", "HAS_ACTION");
  }
  @FieldResolver(() => [Node], { description: "People or bodies the action is assigned to, where the record names them." })
  assignees(@Root() a: EntityRow, @Ctx() ctx: GraphQLContext) {
    return linked(ctx, a, "OUT", "ASSIGNED_TO");
  }
}
