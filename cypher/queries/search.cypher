// Full-text search over the entity_text_v3 index; $labels (or null for all) filters kinds.
// Asks the index for more than $limit so a kind filter still fills the page.
CALL db.index.fulltext.queryNodes('entity_text_v3', $query, {limit: $limit * 5}) YIELD node, score
WITH node, score, head([l IN labels(node) WHERE l <> 'Entity']) AS type
WHERE $labels IS NULL OR type IN $labels
RETURN node { .*, labels: labels(node) } AS entity, type, score
ORDER BY score DESC, node.id
LIMIT $limit
