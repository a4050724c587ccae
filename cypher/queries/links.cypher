// Relationships of many entities at once, for the per-request links loader: one round trip for
// every relationship field resolved at one level of a query. $keys: [{key, id, direction, types}].
// Each branch is guarded before its MATCH, so a key expands only the direction it asks for, and
// only the relationship types it asks for ($any: Neo4j 5.26's dynamic types).
UNWIND $keys AS k
MATCH (n:Entity {id: k.id})
CALL (n, k) {
  WITH n, k WHERE k.direction = 'OUT'
  MATCH (n)-[r:$any(k.types)]->(m:Entity)
  RETURN r, m, 'OUT' AS direction
  UNION ALL
  WITH n, k WHERE k.direction = 'IN'
  MATCH (n)<-[r:$any(k.types)]-(m:Entity)
  RETURN r, m, 'IN' AS direction
}
RETURN k.key AS key,
       collect({type: type(r), direction: direction, rel: properties(r), node: m { .*, labels: labels(m) }}) AS links
