// Everything the membership analyses need about the partnership $partnership
// (fragments/partnership-context.cypher says what and why), a row per part of it; no row where no
// partnership has the id.
MATCH (p:Partnership {id: $partnership})
:include fragments/partnership-context
UNWIND parts AS part
RETURN part
