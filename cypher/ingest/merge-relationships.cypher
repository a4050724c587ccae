// Upserts relationships, identified by their key (from|TYPE|to[|discriminator]). Citations are
// merged per document exactly as for nodes.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[old {key: row.key}]->(b)
WITH row, a, b, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
WITH r, row, before, [i IN range(0, size(coalesce(r.citeDoc, [])) - 1) WHERE NOT r.citeDoc[i] IN $docs] AS keep
// Citations are kept sorted by document and offset, so the same facts always give the same lists.
WITH r, row, before, COLLECT {
       UNWIND [i IN keep | {doc: r.citeDoc[i], quote: r.citeQuote[i], start: r.citeStart[i], end: r.citeEnd[i]}] + row.cites AS c
       RETURN c ORDER BY c.doc, c.start, c.end
     } AS cites
WITH r, row, before,
     [c IN cites | c.doc] AS citeDoc, [c IN cites | c.quote] AS citeQuote,
     [c IN cites | c.start] AS citeStart, [c IN cites | c.end] AS citeEnd
SET r += row.props,
    r.citeDoc = citeDoc, r.citeQuote = citeQuote, r.citeStart = citeStart, r.citeEnd = citeEnd
RETURN row.type AS type,
       CASE WHEN before IS NULL THEN 'created' WHEN before = properties(r) THEN 'unchanged' ELSE 'updated' END AS outcome
