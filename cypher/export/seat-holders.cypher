// The body or partnership each seat's terms of reference govern: a Popolo post belongs to an
// organisation, our seats to terms. $ids: seat ids; $scope as in nodes-page.
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:HAS_SEAT]-(:TermsOfReference)-[:GOVERNS]->(g:Entity)
WHERE $scope IS NULL OR g.id IN $scope
RETURN id AS seat, min(g.id) AS organisation
