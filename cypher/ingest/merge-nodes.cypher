// Upserts entities. Citations from the documents of this ingest ($docs) are replaced; those from
// other documents are kept, so loading one document never erases what another document proves.
// Reports per row whether the node was created, updated or left unchanged.
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
WITH n, row, before, [i IN range(0, size(coalesce(n.citeDoc, [])) - 1) WHERE NOT n.citeDoc[i] IN $docs] AS keep
// Citations are kept sorted by document and offset, so the same facts always give the same lists.
WITH n, row, before, COLLECT {
       UNWIND [i IN keep | {doc: n.citeDoc[i], quote: n.citeQuote[i], start: n.citeStart[i], end: n.citeEnd[i]}] + row.cites AS c
       RETURN c ORDER BY c.doc, c.start, c.end
     } AS cites
WITH n, row, before,
     [c IN cites | c.doc] AS citeDoc, [c IN cites | c.quote] AS citeQuote,
     [c IN cites | c.start] AS citeStart, [c IN cites | c.end] AS citeEnd
SET n += row.props,
    n.citeDoc = citeDoc, n.citeQuote = citeQuote, n.citeStart = citeStart, n.citeEnd = citeEnd
SET n.aliases = CASE
      WHEN row.props.aliases IS NULL THEN before.aliases
      ELSE reduce(acc = coalesce(before.aliases, []), a IN row.props.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
    END
RETURN row.label AS label,
       CASE WHEN before IS NULL THEN 'created' WHEN before = properties(n) THEN 'unchanged' ELSE 'updated' END AS outcome
