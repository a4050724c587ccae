import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/*
 * A selection of everything a report says, built from the schema, so that a fixture of the answer
 * notices any field whose value changes, including fields added later. Report types (those that
 * are not entities) are followed field by field. An entity (a type implementing Node) is selected
 * with every leaf field and its citations, not its relationship fields: those are read from the
 * graph by id, whatever the report was computed from, and following them would select the graph.
 */

const CITATION = "sources { documentId quote start end }";

const isEntity = (t: GraphQLObjectType) => t.getInterfaces().some((i) => i.name === "Node");

/** Fields that take a required argument cannot be selected without one; none of the reports has any. */
const selectable = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith("!"));

/**
 * Inside a fragment on one of an interface's types, each field is aliased by its type: the same
 * name may have another type elsewhere (String on one, String! on another), which GraphQL refuses.
 */
function entitySelection(t: GraphQLObjectType, aliased: boolean): string {
  const leaves = Object.values(t.getFields())
    .filter((f) => selectable(f) && isLeafType(getNamedType(f.type)))
    .map((f) => (aliased ? `${t.name}_${f.name}: ${f.name}` : f.name));
  return [...leaves, CITATION].join(" ");
}

function selection(schema: GraphQLSchema, type: GraphQLNamedType, aliased = false): string {
  if (isLeafType(type)) return "";
  if (isInterfaceType(type) || isUnionType(type)) {
    const possible = [...schema.getPossibleTypes(type)].sort((a, b) => a.name.localeCompare(b.name));
    return `{ __typename ${possible.map((p) => `... on ${p.name} ${selection(schema, p, true)}`).join(" ")} }`;
  }
  if (!isObjectType(type)) throw new Error(`Cannot select type ${type.name}`);
  if (isEntity(type)) return `{ ${entitySelection(type, aliased)} }`;
  const fields = Object.values(type.getFields())
    .filter(selectable)
    .map((f) => `${f.name} ${selection(schema, getNamedType(f.type))}`);
  return `{ ${fields.join(" ")} }`;
}

/** Every field of the value a root field returns (see above), as a selection set. */
export function fullSelection(schema: GraphQLSchema, rootField: string): string {
  const field = schema.getQueryType()?.getFields()[rootField];
  if (!field) throw new Error(`No query field ${rootField}`);
  return selection(schema, getNamedType(field.type));
}
