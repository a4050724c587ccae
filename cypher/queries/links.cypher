// Relationships of many entities at once, for the per-request links loader: one round trip for
// every relationship field resolved at one level of a query. $keys: [{key, id, direction, types}].
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
CALL (n, k) {
  MATCH (n)-[r]->(m:Entity)
  WHERE k.direction = 'OUT' AND type(r) IN k.types
  RETURN r, m, 'OUT' AS direction
  UNION ALL
  MATCH (n)<-[r]-(m:Entity)
  WHERE k.direction = 'IN' AND type(r) IN k.types
  RETURN r, m, 'IN' AS direction
}
RETURN k.key AS key,
       collect({type: type(r), direction: direction, rel: properties(r), node: m { .*, labels: labels(m) }}) AS links
