// Attendance records in which a person represented each organisation. $ids: organisation ids.
UNWIND $ids AS id
OPTIONAL MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)
WHERE r.representing = id
WITH id, p, r, m ORDER BY coalesce(m.date, '9999-12-31'), p.name
RETURN id, [x IN collect(CASE WHEN r IS NULL THEN null ELSE {rel: properties(r), person: p { .*, labels: labels(p) }, meeting: m { .*, labels: labels(m) }} END) WHERE x IS NOT NULL] AS records
