// Everything the membership analyses need about one partnership, `p`, in one round trip: its bodies;
// each version of their terms with seats (and the organisation and sector each names) and rules;
// founder organisations; positions held; the bodies' meetings and every attendance record at
// them; everyone recorded there with their stated affiliations; and partner organisations or sectors.
//
// Its cost is mostly in sending the answer: the driver decodes every map key and string one by
// one, and a partnership's history runs to thousands of records (at 1M synthetic nodes, 500
// attendance records and 1,000 affiliations for 400 people). So the path to the bodies and to the
// meetings is walked once and reused, positions are looked for from the partnership and its
// bodies rather than over the whole graph, and attendance records, people and affiliations go as
// lists of values in a fixed order (src/membership/context.ts names them), carrying only the
// properties the analyses read. Of their citations that is the first one's document and offset
// (the last tie-break between pieces of evidence); the API fetches the citations of the evidence
// a report returns, where selected (cypher/queries/relationships-between.cypher). The people
// recorded and the organisations of their affiliations, or represented, go in part: hundreds, of
// which the analyses read a few properties and a report returns some (the API loads those whole
// where a field needs more: graphql/common/whole-row.ts). Each organisation goes once, however
// many name it, and the labels of people and organisations once for all that share them: the
// decoding costs by the value, and these were a fifth of the answer. Other entities go whole.
//
// A fragment, ending in `parts` (see its end), which each statement returns a row a part:
// membership-context.cypher finds `p` by id, meeting-context-since.cypher by a meeting.
CALL (p) {
  OPTIONAL MATCH (b:Body)-[:BODY_OF]->(p)
  RETURN collect(b) AS bodyNodes
}
CALL (bodyNodes) {
  UNWIND bodyNodes AS b
  MATCH (t:TermsOfReference)-[:GOVERNS]->(b)
  CALL (t) {
    OPTIONAL MATCH (t)-[hs:HAS_SEAT]->(s:Seat)
    OPTIONAL MATCH (s)-[:SEAT_SECTOR]->(sec:Sector)
    OPTIONAL MATCH (s)-[:SEAT_ORGANISATION]->(o:Entity)
    RETURN [x IN collect(CASE WHEN s IS NULL THEN null ELSE {seat: s { .*, labels: labels(s) }, rel: properties(hs), sector: sec { .*, labels: labels(sec) }, organisationId: o.id, organisationKind: o.kind} END) WHERE x IS NOT NULL] AS seats
  }
  CALL (t) {
    OPTIONAL MATCH (t)-[hr:HAS_RULE]->(r:Rule)
    RETURN [x IN collect(CASE WHEN r IS NULL THEN null ELSE {rule: r { .*, labels: labels(r) }, rel: properties(hr)} END) WHERE x IS NOT NULL] AS rules
  }
  RETURN collect({terms: t { .*, labels: labels(t) }, bodyId: b.id, seats: seats, rules: rules}) AS terms
}
CALL (bodyNodes) {
  UNWIND bodyNodes AS b
  MATCH (b)-[:FOUNDED_BY]->(o:Organisation)
  RETURN collect(DISTINCT o.id) AS founders
}
// A position is held in the partnership itself or in one of its bodies. Nothing here is sent in an
// order the reports rely on: they put every list in theirs (src/membership/order.ts).
CALL (p, bodyNodes) {
  UNWIND [p] + bodyNodes AS t
  MATCH (x:Person)-[h:HELD_POSITION]->(t)
  RETURN collect({person: x { .*, labels: labels(x) }, heldIn: t.id, rel: properties(h)}) AS positions
}
// Positions the records say were present at a meeting without naming their holder.
CALL (p, bodyNodes) {
  UNWIND [p] + bodyNodes AS t
  MATCH (m:Meeting)-[pp:POSITION_PRESENT]->(t)
  RETURN collect({meetingId: m.id, heldIn: t.id, rel: properties(pp)}) AS positionsPresent
}
CALL (bodyNodes) {
  UNWIND bodyNodes AS b
  MATCH (m:Meeting)-[:MEETING_OF]->(b)
  RETURN collect({meeting: m { .*, labels: labels(m) }, bodyId: b.id}) AS meetings, collect([m, b.id]) AS held
}
// Attendance names its meeting by its place in `meetings` (`held` is in the same order) and its
// person by id: a partnership's records repeat the same few meetings and people hundreds of times.
// Each record: [meeting's place, personId, status, representing, capacity, first citation's
// document, its start].
CALL (held) {
  UNWIND range(0, size(held) - 1) AS i
  WITH i, held[i][0] AS m
  MATCH (x:Person)-[a:ATTENDED]->(m)
  RETURN collect([i, x.id, a.status, a.representing, a.capacity, a.citeDoc[0], a.citeStart[0]]) AS attendance,
         collect(DISTINCT x) AS attendees,
         collect(DISTINCT a.representing) AS representing
}
// The people recorded, grouped by their labels (sent once a group): [labels, [person, ...]], each
// person [id, name, honorific, stated affiliations], each affiliation [organisationId, role, asOf,
// first citation's document, its start]. The organisations are kept (per group, per person) for
// `organisations`, so that the affiliations are walked once.
CALL (attendees) {
  UNWIND attendees AS x
  CALL (x) {
    MATCH (x)-[f:AFFILIATED_WITH]->(o:Entity)
    RETURN collect([o.id, f.role, f.asOf, f.citeDoc[0], f.citeStart[0]]) AS stated, collect(o) AS named
  }
  WITH labels(x) AS labels, collect([x.id, x.name, x.honorific, stated]) AS group, collect(named) AS named
  RETURN collect([labels, group]) AS people, collect(named) AS affiliated
}
CALL (bodyNodes) {
  UNWIND bodyNodes AS b
  MATCH (e:Entity)-[mo:MEMBER_OF]->(b)
  WHERE e:Organisation OR e:Sector
  RETURN collect({entity: e { .*, labels: labels(e) }, bodyId: b.id, rel: properties(mo)}) AS partners
}
// Each organisation an affiliation or an attendance record names, once however many name it,
// grouped by labels: [labels, [[id, name, kind], ...]].
CALL (affiliated, representing) {
  CALL (affiliated, representing) {
    UNWIND affiliated AS ofGroup
    UNWIND ofGroup AS ofPerson
    UNWIND ofPerson AS o
    RETURN o
    UNION
    UNWIND representing AS oid
    MATCH (o:Organisation {id: oid})
    RETURN o
  }
  WITH labels(o) AS labels, collect([o.id, o.name, o.kind]) AS group
  RETURN collect([labels, group]) AS organisations
}
// The context goes as parts, [name, values], for the statement to send a row each: one record of
// 190 KB spans several Bolt chunks, and the driver reads such a record byte by byte across them
// and each string through a decoder of its own, where a record within one chunk is read straight
// from its buffer (at 1M the client's CPU for the answer went from 21-24 to 9-13 ms). `head` holds
// the short lists and the entities sent whole; attendance, and each group of people and of
// organisations, go `partSize` entries a part ([labels, entities] for a group's).
WITH *, 50 AS partSize
WITH [['head', {partnership: p { .*, labels: labels(p) }, bodies: [b IN bodyNodes | b { .*, labels: labels(b) }], terms: terms, founders: founders,
                  positions: positions, positionsPresent: positionsPresent, meetings: meetings, partners: partners}]]
       + [i IN range(0, size(attendance) - 1, partSize) | ['attendance', attendance[i..i + partSize]]]
       + reduce(out = [], g IN people | out + [i IN range(0, size(g[1]) - 1, partSize) | ['people', [g[0], g[1][i..i + partSize]]]])
       + reduce(out = [], g IN organisations | out + [i IN range(0, size(g[1]) - 1, partSize) | ['organisations', [g[0], g[1][i..i + partSize]]]]) AS parts
