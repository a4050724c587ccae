// Bulk load of a SYNTHETIC graph into an empty database: CREATE, not MERGE, since nothing exists yet.
// $label comes from the generator's fixed list of labels, never from a user.
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row, n:$($label)
