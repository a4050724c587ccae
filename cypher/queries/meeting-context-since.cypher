// A meeting, its body and the body's partnership (fragments/meeting-of.cypher), with the graph's
// write version and, unless the caller holds that partnership's context at that version ($known:
// the version of each context it holds, by partnership id), the context
// (fragments/partnership-context.cypher): a quorum, cold or warm, is one round trip. No row where
// no meeting has the id; the context's columns are null where not wanted or there is no partnership.
:include fragments/graph-version
:include fragments/meeting-of
WITH version, meeting, bodyId, partnershipId
OPTIONAL CALL (version, partnershipId) {
  WITH partnershipId WHERE partnershipId IS NOT NULL AND coalesce($known[partnershipId] <> version, true)
  MATCH (p:Partnership {id: partnershipId})
  :include fragments/partnership-context
}
RETURN *
