// The partnership whose body held a meeting. $id: meeting id.
:include fragments/meeting-of
RETURN meeting, bodyId, partnershipId
