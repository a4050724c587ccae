import { attendance, type AttendanceFact } from "../../src/ingest/stages/attendance.js";
import { linesOf } from "../../src/ingest/stages/lines.js";
import { findMeetings } from "../../src/ingest/stages/meetings.js";

// The extractor's stages run over a whole small text, as the stage tests try each rule.
export const meetingsOf = (text: string) => findMeetings(text, linesOf(text));
export const attendanceOf = (text: string) => attendance(text, linesOf(text), 0, text.length);
/** Who was found and with what status, in the order found: what a reader checks of a list. */
export const whoAndStatus = (facts: AttendanceFact[]) => facts.map((f) => [f.person.name, f.status]);
