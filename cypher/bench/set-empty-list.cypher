// After neo4j-admin import: CSV cannot say "empty list", so a list property that was empty is
// missing; set it, label by label. $label, $prop: the property; $set: {prop: []}.
MATCH (n:$($label))
WHERE n[$prop] IS NULL
CALL (n) { SET n += $set } IN TRANSACTIONS OF 50000 ROWS
