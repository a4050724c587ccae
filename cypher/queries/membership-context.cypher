// Everything the membership analyses need about the partnership $partnership
// (fragments/partnership-context.cypher says what and why); no row where no partnership has the id.
MATCH (p:Partnership {id: $partnership})
:include fragments/partnership-context
