// The relationships of one type from one entity to another, each as its properties: what the
// membership reports fetch the citations of their evidence by (src/graphql/loaders.ts).
// $pairs: [{key, type, from, to}].
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.from})-[r]->(b:Entity {id: pair.to})
WHERE type(r) = pair.type
RETURN pair.key AS key, collect(properties(r)) AS rels
