// Organisations, filtered by kind, sector (of the seats that name them) and name, in name order.
// Keyset pagination on (name, id): the range condition on n.name lets Neo4j seek the name index and
// read it in order, stopping after one page, however deep the page is. When no filter is given, the
// total comes from the count store instead of a scan (a subquery of its own: behind a WITH … WHERE
// or in a UNION branch the planner scans the label instead).
CALL () {
  MATCH (n:Organisation)
  RETURN count(n) AS everyone
}
CALL () {
  // No row to count when no filter is given: the count store's figure above is the total then.
  UNWIND CASE WHEN $kind IS NULL AND $sector IS NULL AND $nameContains IS NULL THEN [] ELSE [1] END AS filtered
  MATCH (n:Organisation)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($sector IS NULL OR EXISTS { (n)<-[:SEAT_ORGANISATION]-(:Seat)-[:SEAT_SECTOR]->(:Sector {id: $sector}) })
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($nameContains)))
  RETURN count(n) AS matching
}
WITH CASE WHEN $kind IS NULL AND $sector IS NULL AND $nameContains IS NULL THEN everyone ELSE matching END AS total
CALL () {
  MATCH (n:Organisation)
  WHERE n.name >= coalesce($afterKey, '')
    AND ($afterId IS NULL OR n.name > $afterKey OR n.id > $afterId)
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($sector IS NULL OR EXISTS { (n)<-[:SEAT_ORGANISATION]-(:Seat)-[:SEAT_SECTOR]->(:Sector {id: $sector}) })
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($nameContains)))
  WITH n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect({key: n.name, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
