// How many people sort before a name: where @neo4j/graphql's offset cursor for the middle of the
// people list points (its cursors count rows; ours name a key).
MATCH (n:Person)
WHERE n.name < $name
RETURN count(n) AS n
