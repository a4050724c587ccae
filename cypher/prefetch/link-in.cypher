// One relationship field, incoming: the relationships of some types from the entity n{{parent}}, each as
// [type, relationship properties, labels, node properties, [nested fields]]. Type and labels
// come back only when the caller cannot know them (several types; no fixed label).
// $types{{i}}: relationship types. $label{{i}}: only nodes with this label, or null.
// $relProps{{i}} / $props{{i}}: property names to read, null for all, [] for none.
COLLECT {
  MATCH (n{{parent}})<-[r{{i}}:$any($types{{i}})]-(n{{i}}:Entity)
  WHERE $label{{i}} IS NULL OR $label{{i}} IN labels(n{{i}})
  RETURN [CASE WHEN size($types{{i}}) > 1 THEN type(r{{i}}) END,
          CASE WHEN $relProps{{i}} IS NULL THEN properties(r{{i}}) ELSE [k IN $relProps{{i}} | r{{i}}[k]] END,
          CASE WHEN $label{{i}} IS NULL THEN labels(n{{i}}) END,
          CASE WHEN $props{{i}} IS NULL THEN properties(n{{i}}) ELSE [k IN $props{{i}} | n{{i}}[k]] END,
          [{{hops}}]]
}
