// Bulk load of SYNTHETIC relationships; endpoints found through the Entity id index.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
