import { Kind, type DocumentNode, type FragmentDefinitionNode } from "graphql";

/** A document's fragments by name, as graphql-js's execution and our planners look them up. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out[d.name.value] = d;
  return out;
}
