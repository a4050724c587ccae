// Versions of terms of reference ($ids) with their seats and rules, each with the relationship that
// holds it (basis, note, citations), and each seat with the sector and organisation it names: what
// compareTerms matches across versions (src/membership/compare-terms.ts). Seats in table order,
// rules by kind and order.
UNWIND $ids AS id
MATCH (t:TermsOfReference {id: id})
RETURN t { .*, labels: labels(t) } AS terms,
       COLLECT {
         MATCH (t)-[hs:HAS_SEAT]->(s:Seat)
         WITH hs, s ORDER BY s.ordinal, s.id
         RETURN {seat: s { .*, labels: labels(s) }, rel: properties(hs),
                 sectorId: head(COLLECT { MATCH (s)-[:SEAT_SECTOR]->(x:Sector) RETURN x.id ORDER BY x.id }),
                 organisationId: head(COLLECT { MATCH (s)-[:SEAT_ORGANISATION]->(x:Entity) RETURN x.id ORDER BY x.id })}
       } AS seats,
       COLLECT {
         MATCH (t)-[hr:HAS_RULE]->(r:Rule)
         WITH hr, r ORDER BY r.kind, r.ordinal, r.id
         RETURN {rule: r { .*, labels: labels(r) }, rel: properties(hr)}
       } AS rules
