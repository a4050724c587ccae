// Upserts relationships, identified by their key (from|TYPE|to[|discriminator]). Citations are
// merged per document exactly as for nodes.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[old {key: row.key}]->(b)
WITH row, a, b, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
WITH r, row, before, [i IN range(0, size(coalesce(r.citeDoc, [])) - 1) WHERE NOT r.citeDoc[i] IN $docs] AS keep
WITH r, row, before,
     [i IN keep | r.citeDoc[i]] + row.citeDoc AS citeDoc,
     [i IN keep | r.citeQuote[i]] + row.citeQuote AS citeQuote,
     [i IN keep | r.citeStart[i]] + row.citeStart AS citeStart,
     [i IN keep | r.citeEnd[i]] + row.citeEnd AS citeEnd
SET r += row.props,
    r.citeDoc = citeDoc, r.citeQuote = citeQuote, r.citeStart = citeStart, r.citeEnd = citeEnd
RETURN row.type AS type,
       CASE WHEN before IS NULL THEN 'created' WHEN before = properties(r) THEN 'unchanged' ELSE 'updated' END AS outcome
