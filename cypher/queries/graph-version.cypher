// The graph's write version, as "<epoch>:<number>" ("none:0" before the first write): what caches
// of derived answers are keyed by.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN coalesce(g.epoch, 'none') + ':' + toString(coalesce(g.version, 0)) AS version
