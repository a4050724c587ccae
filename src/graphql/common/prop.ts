import { Extensions, Field, type FieldOptions } from "type-graphql";

type ReturnTypeFunc = Parameters<typeof Field>[0] & (() => unknown);

/** Where the planner finds which row properties a field reads: the `reads` extension of the schema's field. */
export const READS_EXTENSION = "reads";

/** Marks a field answered by the row's property of its own name, with no resolver of its own (execution/direct.ts). */
export const PROP_EXTENSION = "prop";

/**
 * A field served straight from the row's property of the same name. It says so in its schema
 * extensions, so the prefetch planner fetches that property, and only that, for it.
 */
export function Prop(returns: ReturnTypeFunc, options: FieldOptions = {}): PropertyDecorator {
  return (target, key) => {
    Extensions({ [READS_EXTENSION]: [String(key)], [PROP_EXTENSION]: true })(target, key);
    Field(returns, options)(target, key);
  };
}

/** Marks a field resolver as reading only these row properties (e.g. `sources`, `label`). */
export const Reads = (...props: string[]) => Extensions({ [READS_EXTENSION]: props });
