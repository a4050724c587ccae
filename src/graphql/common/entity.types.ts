import { Int, ObjectType } from "type-graphql";
import { Prop } from "./prop.js";
import { Node } from "./node.interface.js";
import { DateScalar } from "./date.scalar.js";

/*
 * The entities of the graph. Each class declares the scalar fields a row carries; relationship
 * fields are added by the resolver of the same folder. Every decorated field names its type, so
 * the schema does not depend on decorator metadata (tsx and vitest do not emit it).
 */

@ObjectType({
  implements: Node,
  description: "An organisation as the documents name it: a council, NHS trust, ICB, CCG, VCFSE body, police, college, government department, network…",
})
export class Organisation extends Node {
  @Prop(() => String, { description: "Name as written in the documents." })
  name!: string;
  @Prop(() => [String], { description: "Other names the documents use, e.g. LSC ICB." })
  aliases!: string[];
  @Prop(() => String, {
    description:
      "council, county-council, unitary-council, district-council, nhs-trust, icb, ccg, vcfse, police, fire-and-rescue, university, college, government-department, network, healthwatch, hospice, business, nhs-body, primary-care or other.",
  })
  kind!: string;
}

@ObjectType({ implements: Node, description: "A person named in the documents. People are never merged on a look-alike name: see possibleIdentities." })
export class Person extends Node {
  @Prop(() => String, { description: "Name as written, without honorific." })
  name!: string;
  @Prop(() => String, { nullable: true, description: "Honorific kept apart from the name: Councillor, County Councillor, Dr…" })
  honorific!: string | null;
  @Prop(() => [String], { description: "Other forms of the name in the documents." })
  aliases!: string[];
}

@ObjectType({
  implements: Node,
  description: "A partnership (e.g. the Chorley Public Service Reform Partnership, Lancashire Place, the LSC ICP) with its bodies.",
})
export class Partnership extends Node {
  @Prop(() => String, { description: "Name as written in the documents." }) name!: string;
  @Prop(() => [String], { description: "Other names the documents use for it." }) aliases!: string[];
  @Prop(() => String, { description: "Spatial level: neighbourhood, district, locality, place, system, county, region or national." })
  level!: string;
}

@ObjectType({
  implements: Node,
  description:
    "A body of a partnership or of the system: executive, implementation group, board, interim board, PMO, committee, development-session or workshop series…",
})
export class Body extends Node {
  @Prop(() => String, { description: "Name as written in the documents." }) name!: string;
  @Prop(() => [String], { description: "Other names the documents use for it." }) aliases!: string[];
  @Prop(() => String, {
    description: "executive, implementation-group, board, interim-board, pmo, committee, development-session-series, workshop-series, group, …",
  })
  kind!: string;
  @Prop(() => String, { nullable: true, description: "Spatial level, where known." })
  level!: string | null;
}

@ObjectType({
  implements: Node,
  description: "A meeting or event: formal meeting, workshop, development session, virtual meeting; held, proposed or scheduled.",
})
export class Meeting extends Node {
  @Prop(() => String, { description: "Title as the documents give it." }) title!: string;
  @Prop(() => DateScalar, { nullable: true, description: "Day of the meeting (YYYY-MM-DD) where the documents give it." })
  date!: string | null;
  @Prop(() => String, { nullable: true, description: "The date as the documents give it when no exact day is known, e.g. September 2024." })
  dateText!: string | null;
  @Prop(() => String, { nullable: true, description: "The month dateText names, machine-readable (YYYY-MM), e.g. 2024-09 for September 2024." })
  month!: string | null;
  @Prop(() => String, { nullable: true, description: "Time of day, where stated." }) time!: string | null;
  @Prop(() => String, { nullable: true, description: "Where it was held, as written." }) venue!: string | null;
  @Prop(() => String, { description: "formal-meeting, workshop, development-session or virtual-meeting." })
  kind!: string;
  @Prop(() => String, { description: "held, proposed or scheduled." })
  status!: string;
}

@ObjectType({ implements: Node, description: "An item of a meeting's agenda." })
export class AgendaItem extends Node {
  @Prop(() => String, { nullable: true, description: "Number as minuted, e.g. 27." })
  number!: string | null;
  @Prop(() => String, { description: "Title as the documents give it." }) title!: string;
}

@ObjectType({ implements: Node, description: "A resolution or decision." })
export class Resolution extends Node {
  @Prop(() => String, { description: "The decision as minuted." })
  text!: string;
  @Prop(() => String, { description: "agreed, approved, endorsed, supported, welcomed, elected, appointed, noted…" })
  outcome!: string;
}

@ObjectType({ implements: Node, description: "An action point." })
export class Action extends Node {
  @Prop(() => String, { description: "The text as recorded." }) text!: string;
  @Prop(() => String, { nullable: true, description: "Owner as the document words it." })
  ownerText!: string | null;
  @Prop(() => String, { nullable: true, description: "When it is due, as the document words it." })
  due!: string | null;
}

@ObjectType({ implements: Node, description: "A priority, theme, workstream, programme, objective or topic that partnerships raise, discuss and adopt." })
export class Priority extends Node {
  @Prop(() => String, { description: "Name as written in the documents." }) name!: string;
  @Prop(() => [String], { description: "Other names the documents use for it." }) aliases!: string[];
  @Prop(() => String, { description: "priority, theme, workstream, programme, objective or topic." })
  kind!: string;
}

@ObjectType({ implements: Node, description: "A strategy, plan, report of record, or a section of one (e.g. Starting Well of the Integrated Care Strategy)." })
export class Strategy extends Node {
  @Prop(() => String, { description: "Name as written in the documents." }) name!: string;
  @Prop(() => [String], { description: "Other names the documents use for it." }) aliases!: string[];
  @Prop(() => String, { description: "strategy, section or plan." })
  kind!: string;
}

@ObjectType({ implements: Node, description: "A sector or partner type, e.g. Local Government or Providers of primary care services." })
export class Sector extends Node {
  @Prop(() => String, { description: "Name as written in the documents." }) name!: string;
  @Prop(() => [String], { description: "Other names the documents use for it." }) aliases!: string[];
}

@ObjectType({ implements: Node, description: "A place or locality: Chorley, Central Lancashire, Lancashire and South Cumbria…" })
export class Place extends Node {
  @Prop(() => String, { description: "Name as written in the documents." }) name!: string;
  @Prop(() => [String], { description: "Other names the documents use for it." }) aliases!: string[];
  @Prop(() => String, { description: "neighbourhood, district, locality, place, system or county." })
  level!: string;
}

@ObjectType({ implements: Node, description: "A public document the graph's facts are taken from." })
export class SourceDocument extends Node {
  @Prop(() => String, { description: "Title as the documents give it." }) title!: string;
  @Prop(() => String, { nullable: true, description: "The body that issued it, as written." })
  issuingBody!: string | null;
  @Prop(() => DateScalar, { nullable: true, description: "Its date, where it has one (YYYY-MM-DD)." })
  date!: string | null;
  @Prop(() => String, { description: "minutes, key-decisions, report, terms-of-reference, notes or compilation." })
  kind!: string;
  @Prop(() => String, { description: "Path of its text inside the project, under data/." })
  file!: string;
  @Prop(() => String, { description: "SHA-256 of the text the offsets refer to." })
  sha256!: string;
  @Prop(() => Int, { description: "Length of the text in UTF-16 code units." })
  length!: number;
  @Prop(() => Int, { nullable: true, description: "How many writes have changed it: what commitDraft's expectedVersion must name to replace it." })
  version!: number | null;
  @Prop(() => String, { nullable: true, description: "curated (from the repository's data files) or ingested (committed through the API)." })
  origin!: string | null;
}

@ObjectType({ implements: Node, description: "A version of a body's terms of reference: its seats, founders and rules." })
export class TermsOfReference extends Node {
  @Prop(() => String, { description: "Title as the documents give it." }) title!: string;
  @Prop(() => String, { description: "Version label, e.g. 2023 or 2024-07." }) version!: string;
  @Prop(() => String, { description: "approved, proposed or superseded." })
  status!: string;
  @Prop(() => DateScalar, { nullable: true, description: "The day these terms were approved, where known." }) approved!: string | null;
  @Prop(() => DateScalar, { nullable: true, description: "The day these terms took effect, where known." }) effectiveFrom!: string | null;
  @Prop(() => DateScalar, { nullable: true, description: "The day of the meeting a proposed version is presented to." })
  presentedFor!: string | null;
}

@ObjectType({ implements: Node, description: "A seat that terms of reference give: sector, organisation and position." })
export class Seat extends Node {
  @Prop(() => Int, { description: "Order in the terms' table." })
  ordinal!: number;
  @Prop(() => String, { description: "The sector as the terms word it." }) sectorText!: string;
  @Prop(() => String, { description: "The organisation as the terms word it." }) organisationText!: string;
  @Prop(() => String, { description: "The position as the documents word it." }) position!: string;
  @Prop(() => [String], { description: "Who can hold the seat: a holder's stated role (or honorific) must contain one of these; any role when empty." })
  holderRoles!: string[];
  @Prop(() => [String], {
    description: "Where the seat names no organisation: the kinds of organisation a holder must belong to (e.g. district-council); any when empty.",
  })
  holderOrganisationKinds!: string[];
}

@ObjectType({
  implements: Node,
  description: "A rule of terms of reference, as data: a quorum clause, the attendance rule, or how the chair or deputy is chosen.",
})
export class Rule extends Node {
  @Prop(() => String, { description: "quorum, attendance, chair or deputy." })
  kind!: string;
  @Prop(() => Int, { description: "Order among the rules of its kind." })
  ordinal!: number;
  @Prop(() => String, { description: "The rule in the terms' words." })
  text!: string;
  @Prop(() => String, {
    description:
      "The rule as data (JSON), in one of the forms src/membership evaluates: share-of-seats, position-holder, count, attendance-threshold, position-rotation.",
  })
  spec!: string;
}
