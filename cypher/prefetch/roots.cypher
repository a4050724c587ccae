// As root.cypher, for the nodes of a connection page already read: the relationship fields
// nested under `edges { node { … } }`, for every node of the page at once. $ids: the page's ids.
UNWIND $ids AS id
MATCH (n0:Entity {id: id})
RETURN id, [{{hops}}] AS hops
