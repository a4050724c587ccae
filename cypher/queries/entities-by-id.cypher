// Any entity by id, as its properties plus labels. $ids: list of ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n { .*, labels: labels(n) } AS entity
