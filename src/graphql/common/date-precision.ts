import { registerEnumType } from "type-graphql";
import type { DatePrecision as Precision } from "../../dataset/date-text.js";

export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
}
registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How exactly the documents date something: to the DAY (date), or only to a MONTH or YEAR (dateText, with month where it names one).",
});

// The enum's values are the dataset's (src/dataset/date-text.ts): checked here, not repeated.
const _same: Record<Precision, DatePrecision> = DatePrecision;
void _same;
