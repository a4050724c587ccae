// A document re-ingested without some fact it used to state: drop that document's citations from
// entities this ingest no longer names, and delete those left with no citation at all.
MATCH (n:Entity)
WHERE any(d IN n.citeDoc WHERE d IN $docs) AND NOT n.id IN $ids
WITH n, [i IN range(0, size(n.citeDoc) - 1) WHERE NOT n.citeDoc[i] IN $docs] AS keep, head([l IN labels(n) WHERE l <> 'Entity']) AS label
SET n.citeDoc = [i IN keep | n.citeDoc[i]], n.citeQuote = [i IN keep | n.citeQuote[i]],
    n.citeStart = [i IN keep | n.citeStart[i]], n.citeEnd = [i IN keep | n.citeEnd[i]]
WITH n, label, size(keep) = 0 AS orphan
CALL (n, orphan) {
  WITH n, orphan WHERE orphan
  DETACH DELETE n
}
RETURN label, CASE WHEN orphan THEN 'deleted' ELSE 'updated' END AS outcome
