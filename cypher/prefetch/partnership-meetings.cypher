// Partnership.meetings as a nested field: the meetings of all the partnership's bodies, oldest
// first, undated last (as cypher/queries/partnership-meetings), in the shape of link-out.cypher.
// $props{{i}}: property names to read, null for all.
COLLECT {
  MATCH (n{{parent}})<-[:BODY_OF]-(:Body)<-[:MEETING_OF]-(n{{i}}:Meeting)
  WITH n{{i}} ORDER BY coalesce(n{{i}}.date, n{{i}}.month + '-32', '9999-12-31'), n{{i}}.id
  RETURN [null, null, null,
          CASE WHEN $props{{i}} IS NULL THEN properties(n{{i}}) ELSE [k IN $props{{i}} | n{{i}}[k]] END,
          [{{hops}}]]
}
