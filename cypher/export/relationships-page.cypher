// One page of relationships for the exports, ordered by (start id, key): keyset pagination that
// walks the entity_id index and stops after $limit rows, so memory stays bounded however many
// relationships one entity has.
// $afterFrom, $afterKey: the cursor (the last row of the previous page; '' and '' for the first);
// $limit; $types: relationship types to return (null: all); $scope: ids an export is limited to
// (null: all), both ends must be in it; $asOf: a YYYY-MM-DD date or null; $linkTypes: as in
// nodes-page, listed for the relationship's end (an attendance's meeting has a body).
// Rows that $asOf drops come back with keep: false, so the cursor moves past them.
MATCH (a:Entity)
WHERE a.id >= $afterFrom AND ($scope IS NULL OR a.id IN $scope)
WITH a ORDER BY a.id
MATCH (a)-[r]->(b:Entity)
WHERE (a.id > $afterFrom OR coalesce(r.key, elementId(r)) > $afterKey)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($scope IS NULL OR b.id IN $scope)
WITH a, r, b, coalesce(r.key, elementId(r)) AS key ORDER BY a.id, key LIMIT $limit
// A relationship is dated by its own date (an affiliation's asOf, when a position was held or
// recorded), and is dropped with either end: the ends are dated as in nodes-page.
CALL (a, b) {
  UNWIND [a, b] AS n
  OPTIONAL MATCH (owner:Meeting|TermsOfReference)-[:HAS_ITEM|HAS_RESOLUTION|HAS_ACTION|HAS_SEAT|HAS_RULE]->{1,2}(n)
  WHERE $asOf IS NOT NULL
  WITH n, min(coalesce(owner.date, owner.approved, owner.effectiveFrom, owner.presentedFor)) AS ownerDate
  WITH coalesce(n.date, n.approved, n.effectiveFrom, n.presentedFor, ownerDate) AS dated
  RETURN max(dated) AS endsDated
}
WITH a, r, b, key, [d IN [r.date, r.since, r.recordedOn, r.asOf, endsDated] WHERE d IS NOT NULL] AS dates
RETURN key, type(r) AS type, a.id AS from, b.id AS to,
       [l IN labels(a) WHERE l <> 'Entity'][0] AS fromKind, [l IN labels(b) WHERE l <> 'Entity'][0] AS toKind,
       properties(r) AS rel,
       $asOf IS NULL OR all(d IN dates WHERE d <= $asOf) AS keep,
       COLLECT {
         MATCH (b)-[l]->(m:Entity)
         WHERE type(l) IN $linkTypes AND ($scope IS NULL OR m.id IN $scope)
         RETURN {type: type(l), id: m.id}
       } AS toLinks
