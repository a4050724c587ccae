import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function check(value: unknown): string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) {
    throw new GraphQLError(`Date must be a string written YYYY-MM-DD; got ${JSON.stringify(value)}`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date ${value} is not a day of the calendar`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return value;
}

/** A calendar day, YYYY-MM-DD: the documents date things to the day, never to the minute. */
export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: "A calendar day written YYYY-MM-DD (ISO 8601).",
  // Stored dates are validated on load; one that is not a day is a fault of the data, named as such.
  serialize(v) {
    if (typeof v === "string" && ISO_DATE.test(v)) return v;
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(v)}: the stored value is not a day written YYYY-MM-DD`);
  },
  parseValue: check,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date must be a string written YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    return check(ast.value);
  },
});
