// As prune-nodes, for relationships this ingest's documents no longer state.
MATCH ()-[r]->()
WHERE r.key IS NOT NULL AND any(d IN r.citeDoc WHERE d IN $docs) AND NOT r.key IN $keys
WITH r, [i IN range(0, size(r.citeDoc) - 1) WHERE NOT r.citeDoc[i] IN $docs] AS keep, type(r) AS type
SET r.citeDoc = [i IN keep | r.citeDoc[i]], r.citeQuote = [i IN keep | r.citeQuote[i]],
    r.citeStart = [i IN keep | r.citeStart[i]], r.citeEnd = [i IN keep | r.citeEnd[i]]
WITH r, type, size(keep) = 0 AS orphan
CALL (r, orphan) {
  WITH r, orphan WHERE orphan
  DELETE r
}
RETURN type, CASE WHEN orphan THEN 'deleted' ELSE 'updated' END AS outcome
