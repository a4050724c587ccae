// Relationships of many entities at once, for the per-request links loader: one round trip for
// every relationship field resolved at one level of a query. $keys: [{key, id, direction, types}].
// Each branch is guarded before its MATCH, so a key expands only the direction it asks for.
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
CALL (n, k) {
  WITH n, k WHERE k.direction = 'OUT'
  MATCH (n)-[r]->(m:Entity)
  WHERE type(r) IN k.types
  RETURN r, m, 'OUT' AS direction
  UNION ALL
  WITH n, k WHERE k.direction = 'IN'
  MATCH (n)<-[r]-(m:Entity)
  WHERE type(r) IN k.types
  RETURN r, m, 'IN' AS direction
}
RETURN k.key AS key,
       collect({type: type(r), direction: direction, rel: properties(r), node: m { .*, labels: labels(m) }}) AS links
