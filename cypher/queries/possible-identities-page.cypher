// Every recorded possible identity between two person records (POSSIBLY_SAME_AS, as the data states
// it: from one record to the other), with its evidence; by the first record's name, then the
// relationship's key. Keyset-paged on (name, key): the key is what the loader identifies it by.
CALL () {
  MATCH (:Person)-[r:POSSIBLY_SAME_AS]->(:Person)
  RETURN count(r) AS total
}
CALL () {
  MATCH (a:Person)-[r:POSSIBLY_SAME_AS]->(b:Person)
  WITH a, r, b, a.name AS k
  WHERE $afterId IS NULL OR k > $afterKey OR (k = $afterKey AND r.key > $afterId)
  WITH a, r, b, k ORDER BY k, r.key LIMIT $limit
  RETURN collect({key: k, id: r.key, person: a { .*, labels: labels(a) }, other: b { .*, labels: labels(b) }, rel: properties(r)}) AS rows
}
RETURN total, rows
