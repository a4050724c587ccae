// A meeting, its body and the body's partnership (as meeting-partnership.cypher), with the graph's
// write version and, unless the caller holds that partnership's context at that version ($known:
// the version of each context it holds, by partnership id), the context
// (fragments/partnership-context.cypher): a quorum, cold or warm, is one round trip. No row where
// no meeting has the id; the context's columns are null where not wanted or there is no partnership.
:include fragments/graph-version
MATCH (m:Meeting {id: $id})-[:MEETING_OF]->(b:Body)
OPTIONAL MATCH (b)-[:BODY_OF]->(owner:Partnership)
WITH version, m { .*, labels: labels(m) } AS meeting, b.id AS bodyId, owner.id AS partnershipId
OPTIONAL CALL (version, partnershipId) {
  WITH partnershipId WHERE partnershipId IS NOT NULL AND coalesce($known[partnershipId] <> version, true)
  MATCH (p:Partnership {id: partnershipId})
  :include fragments/partnership-context
}
RETURN *
