import { registerEnumType } from "type-graphql";
import { DatePrecision } from "../../dataset/date-text.js";

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How exactly the documents date something: to the DAY (date), or only to a MONTH or YEAR (dateText, with month where it names one).",
});

export { DatePrecision };
