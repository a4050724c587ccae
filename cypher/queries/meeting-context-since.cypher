// A meeting, its body and the body's partnership (fragments/meeting-of.cypher), with the graph's
// write version and, unless the caller holds that partnership's context at that version ($known:
// the version of each context it holds, by partnership id), the context
// (fragments/partnership-context.cypher): a quorum, cold or warm, is one round trip. A row per
// part, each with the version: first ['meeting', {meeting, bodyId, partnershipId}], then the
// context's, none where it is not wanted or there is no partnership. No row where no meeting has the id.
:include fragments/graph-version
:include fragments/meeting-of
WITH version, meeting, bodyId, partnershipId
OPTIONAL CALL (version, partnershipId) {
  WITH partnershipId WHERE partnershipId IS NOT NULL AND coalesce($known[partnershipId] <> version, true)
  MATCH (p:Partnership {id: partnershipId})
  :include fragments/partnership-context
  RETURN parts
}
UNWIND [['meeting', {meeting: meeting, bodyId: bodyId, partnershipId: partnershipId}]] + coalesce(parts, []) AS part
RETURN version, part
