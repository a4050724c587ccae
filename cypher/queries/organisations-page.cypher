// Organisations, filtered by kind, sector (of the seats or partner types that name them) and name, in name order. Keyset-paged on (name, id).
// The filters stand twice: once for the total, once for the page.
CALL () {
  MATCH (n:Organisation)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($sector IS NULL OR EXISTS { (n)<-[:SEAT_ORGANISATION]-(:Seat)-[:SEAT_SECTOR]->(:Sector {id: $sector}) })
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($nameContains)))
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Organisation)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($sector IS NULL OR EXISTS { (n)<-[:SEAT_ORGANISATION]-(:Seat)-[:SEAT_SECTOR]->(:Sector {id: $sector}) })
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($nameContains)))
  WITH n, n.name AS k
  WHERE $afterId IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId)
  WITH n, k ORDER BY k, n.id LIMIT $limit
  RETURN collect({key: k, node: n { .*, labels: labels(n) }}) AS rows
}
RETURN total, rows
