import { ArgsType, Field, ID } from "type-graphql";
import { z } from "zod";
import { pageArgs } from "../common/connection.js";
import { DateScalar } from "../common/date.scalar.js";
import { BODY_ID, MEETING_ID, PERSON_ID } from "../common/ids.js";
import { PageArgs } from "../common/roots.js";

/*
 * The filters of the connections over what meetings record (resolutions, actions): the meeting
 * that recorded each (under one of its items or under the meeting itself), that meeting's body and
 * day, and a person. What the person filter follows differs, so each connection says it.
 */

@ArgsType()
class MeetingRecordArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only those recorded at meetings of this body." }) body?: string | null;
  @Field(() => ID, { nullable: true, description: "Only those this meeting recorded." }) meeting?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only those of meetings on or after this day (undated meetings are left out)." })
  from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Only those of meetings on or before this day (undated meetings are left out)." })
  to?: string | null;
}

@ArgsType()
export class ResolutionsArgs extends MeetingRecordArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      "Only resolutions recorded under an agenda item this person presented or introduced (or under a meeting they presented to): the model links no person to a resolution itself.",
  })
  person?: string | null;
}

@ArgsType()
export class ActionsArgs extends MeetingRecordArgs {
  @Field(() => ID, { nullable: true, description: "Only action points assigned to this person by name." }) person?: string | null;
}

export const meetingRecordArgs = z
  .object({
    ...pageArgs,
    body: BODY_ID.nullish(),
    meeting: MEETING_ID.nullish(),
    person: PERSON_ID.nullish(),
    from: z.string().nullish(),
    to: z.string().nullish(),
  })
  .refine((a) => !a.from || !a.to || a.from <= a.to, { message: "must not be before from", path: ["to"] });
