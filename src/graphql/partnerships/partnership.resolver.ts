import { ArgsType, Field } from "type-graphql";
import { z } from "zod";
import { pageArgs } from "../common/connection.js";
import { Body, Meeting, Organisation, Partnership, Person, Place, TermsOfReference } from "../common/entity.types.js";
import { Position, Relation } from "../common/relation.types.js";
import { entityRoots, PageArgs } from "../common/roots.js";
import { BY_DATE, BY_NAME, into, nodes, node, out, wrapped, type RelationshipField } from "../relationships/declare.js";
import { relationshipResolver } from "../relationships/resolver-class.js";
import { POSITION_FROM_HOLDER, RELATION } from "../relationships/wrappers.js";

@ArgsType()
class PartnershipsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only partnerships at this spatial level: district, place, system…" }) level?: string | null;
}

export const PartnershipRoots = entityRoots(
  Partnership,
  "Partnership",
  { name: "partnership", description: "A partnership by id; null when none has that id." },
  {
    name: "partnerships",
    description: "Partnerships in name order, filtered by spatial level.",
    connection: "Partnership",
    pageOf: "partnerships",
    args: PartnershipsArgs,
    schema: z.object({ ...pageArgs, level: z.string().min(1).max(30).nullish() }),
    query: "partnerships-page",
  },
);

/** Positions held in a body or partnership itself: chair, deputy chair, independent chair… */
const positionsIn = (description: string): RelationshipField => wrapped(() => Position, POSITION_FROM_HOLDER, into("HELD_POSITION"), description);

export const PartnershipRelationships = relationshipResolver(Partnership, {
  bodies: nodes(() => Body, into("BODY_OF"), "The partnership's bodies: executive, board, implementation group, PMO, development sessions…", {
    order: BY_NAME,
  }),
  // Two hops (partnership ← body ← meeting), so a statement of its own rather than a hop.
  meetings: {
    kind: "query",
    returns: () => Meeting,
    label: "Meeting",
    fragment: "partnership-meetings",
    load: (ctx, row) => ctx.loaders.partnershipMeetings.load(row.id),
    description: "Meetings and events of all its bodies, oldest first, undated last.",
  },
  parents: wrapped(() => Relation, RELATION, out("PART_OF"), "What this partnership is part of (e.g. the ICS)."),
  children: wrapped(() => Relation, RELATION, into(["PART_OF", "BODY_OF"]), "Partnerships and bodies stated to be part of this one."),
  predecessors: wrapped(() => Relation, RELATION, into("SUCCEEDED_BY"), "Partnerships this one succeeded."),
  successors: wrapped(() => Relation, RELATION, out("SUCCEEDED_BY"), "Partnerships that succeeded this one."),
  places: nodes(() => Place, out("COVERS", "Place"), "Places the partnership covers."),
  positions: positionsIn("Positions held in the partnership itself (e.g. Independent Chair)."),
});

export const BodyRoots = entityRoots(Body, "Body", { name: "body", description: "A body by id; null when none has that id." });

export const BodyRelationships = relationshipResolver(Body, {
  partnership: node(() => Partnership, out("BODY_OF", "Partnership"), "The partnership this body belongs to."),
  meetings: nodes(() => Meeting, into("MEETING_OF"), "Its meetings and events, oldest first, undated last.", { order: BY_DATE }),
  relations: wrapped(
    () => Relation,
    RELATION,
    [
      out(["REPORTS_TO", "RECEIVES_UPDATES_FROM", "PART_OF", "SUCCEEDED_BY", "COVERS"]),
      into(["REPORTS_TO", "RECEIVES_UPDATES_FROM", "PART_OF", "SUCCEEDED_BY", "MEMBER_OF"]),
    ],
    "Bodies it reports to, receives updates from, or is part of; and those that report to it.",
  ),
  founders: nodes(() => Organisation, out("FOUNDED_BY"), "Founder members, as the terms of reference name them.", { order: BY_NAME }),
  termsOfReference: nodes(() => TermsOfReference, into("GOVERNS"), "Versions of its terms of reference."),
  positions: positionsIn("Positions held in the body: chair, deputy chair…"),
  members: nodes(() => Person, into("MEMBER_OF", "Person"), "People stated to be members (e.g. welcomed as new members)."),
});
