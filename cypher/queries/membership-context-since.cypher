// The graph's write version and, unless the caller holds the partnership's context at that version
// ($known: the version of each context it holds, by partnership id), the context
// (membership-context.cypher). A cold analysis is then one round trip, not a version read and then
// a load, and a warm one still the version alone (src/membership/service.ts). Each row carries the
// version and a part of the context; where the context is not wanted there is one row, its part
// null, and so there is where it is wanted and no partnership has the id.
:include fragments/graph-version
OPTIONAL CALL (version) {
  WITH version WHERE coalesce($known[$partnership] <> version, true)
  :include queries/membership-context
}
RETURN version, part
