// One page of entities in id order, for the exports: keyset pagination on the entity_id index,
// so the thousandth page costs what the first does and nothing is held between pages.
// $after: the last id of the previous page ('' for the first); $limit: page size;
// $labels: the kinds to return (null: all); $scope: the ids an export is limited to (null: all);
// $asOf: a YYYY-MM-DD date or null; $linkTypes: relationship types whose far ends each entity
// lists (its organisation, its parent), out of the entity, within $scope.
// Every entity of the page is returned, with keep: false where $asOf drops it, so the page's last
// id is the next cursor whatever was dropped.
MATCH (n:Entity)
WHERE n.id > $after
  AND ($scope IS NULL OR n.id IN $scope)
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
WITH n ORDER BY n.id LIMIT $limit
// The date of an entity, for $asOf: its own (a meeting's or document's date, the terms' approval),
// or else that of the meeting or terms it is part of (an agenda item, a decision, a seat).
CALL (n) {
  OPTIONAL MATCH (owner:Meeting|TermsOfReference)-[:HAS_ITEM|HAS_RESOLUTION|HAS_ACTION|HAS_SEAT|HAS_RULE]->{1,2}(n)
  WHERE $asOf IS NOT NULL
  WITH n, min(coalesce(owner.date, owner.approved, owner.effectiveFrom, owner.presentedFor)) AS ownerDate
  RETURN coalesce(n.date, n.approved, n.effectiveFrom, n.presentedFor, ownerDate) AS dated
}
RETURN n { .*, labels: labels(n) } AS node,
       $asOf IS NULL OR dated IS NULL OR dated <= $asOf AS keep,
       COLLECT {
         MATCH (n)-[l]->(m:Entity)
         WHERE type(l) IN $linkTypes AND ($scope IS NULL OR m.id IN $scope)
         RETURN {type: type(l), id: m.id}
       } AS links
