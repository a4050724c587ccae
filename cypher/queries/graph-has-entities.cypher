// Whether the graph holds any entity yet (seeding the curated data happens only into an empty graph).
MATCH (n:Entity) RETURN count(n) > 0 AS any
