import type { EntityRow } from "../neo4j/rows.js";
import { addMonths, PRESENT, termsOn, type MembershipContext } from "./context.js";
import { byDate, byName } from "./order.js";

export interface AttendanceFigures {
  subject: EntityRow;
  kind: "PERSON" | "ORGANISATION";
  meetings: EntityRow[];
  expected: number;
  present: number;
  apologies: number;
  rate: number | null;
  ruleApplies: boolean;
  threshold: number | null;
  belowThreshold: boolean;
  basis: string;
}

/**
 * Attendance per person and per organisation at the partnership's meetings in [from, to].
 * Expected meetings are the held meetings (of the kinds the attendance rule names, formal ones by
 * default) of each body the subject is recorded at, from their first record in the range. The rule
 * (threshold, window) comes from the terms that apply on `to`; it applies to members, i.e. people
 * recorded present or sending apologies, not to officers in attendance.
 */
export function attendanceFigures(ctx: MembershipContext, from: string | null, to: string): AttendanceFigures[] {
  const terms = termsOn(ctx, to);
  const rule = terms?.rules.find((r) => r.spec.form === "attendance-threshold");
  const spec = rule?.spec.form === "attendance-threshold" ? rule.spec : null;
  const start = from ?? (spec ? addMonths(to, -spec.windowMonths) : "0000-01-01");
  const kinds: string[] = spec?.meetingKinds ?? ["formal-meeting", "virtual-meeting"];

  const inRange = ctx.attendance.filter((a) => {
    const d = a.meeting.date as string | undefined;
    return d !== undefined && d >= start && d <= to && a.meeting.status === "held" && kinds.includes(String(a.meeting.kind));
  });
  const meetingsOfBody = new Map<string, EntityRow[]>();
  for (const a of inRange) {
    const list = meetingsOfBody.get(a.bodyId) ?? [];
    if (!list.some((m) => m.id === a.meeting.id)) list.push(a.meeting);
    meetingsOfBody.set(a.bodyId, list);
  }

  const figures = (subject: EntityRow, kind: AttendanceFigures["kind"], records: typeof inRange): AttendanceFigures => {
    const member = records.some((r) => r.rel.status === "present" || r.rel.status === "apologies");
    const first = records.map((r) => String(r.meeting.date)).sort()[0]!;
    const bodies = new Set(records.map((r) => r.bodyId));
    const expectedMeetings = [...bodies].flatMap((b) => meetingsOfBody.get(b) ?? []).filter((m) => String(m.date) >= first);
    const byMeeting = new Map<string, string[]>();
    for (const r of records) byMeeting.set(r.meeting.id, [...(byMeeting.get(r.meeting.id) ?? []), String(r.rel.status)]);
    const present = [...byMeeting.values()].filter((s) => s.some((x) => PRESENT.has(x))).length;
    const apologies = [...byMeeting.values()].filter((s) => !s.some((x) => PRESENT.has(x)) && s.includes("apologies")).length;
    const expected = expectedMeetings.length;
    const rate = expected ? present / expected : null;
    const ruleApplies = spec !== null && member;
    return {
      subject,
      kind,
      meetings: expectedMeetings.sort(byDate),
      expected,
      present,
      apologies,
      rate,
      ruleApplies,
      threshold: spec?.threshold ?? null,
      belowThreshold: ruleApplies && rate !== null && rate < spec!.threshold,
      basis: `${present} of ${expected} recorded meeting(s) from ${start} to ${to}${ruleApplies ? `; rule: ${rule!.rule.text}` : spec ? "; the attendance rule applies to members, not to those in attendance" : "; no attendance rule recorded"}`,
    };
  };

  const out: AttendanceFigures[] = [];
  const byPerson = new Map<string, typeof inRange>();
  for (const a of inRange) byPerson.set(a.person.id, [...(byPerson.get(a.person.id) ?? []), a]);
  for (const records of byPerson.values()) out.push(figures(records[0]!.person, "PERSON", records));
  const byOrg = new Map<string, typeof inRange>();
  for (const a of inRange) {
    const org = a.rel.representing as string | undefined;
    if (org && ctx.organisations.has(org)) byOrg.set(org, [...(byOrg.get(org) ?? []), a]);
  }
  for (const [org, records] of byOrg) out.push(figures(ctx.organisations.get(org)!, "ORGANISATION", records));
  // People first, then organisations; each by name.
  return out.sort((a, b) => b.kind.localeCompare(a.kind) || byName(a.subject, b.subject));
}
