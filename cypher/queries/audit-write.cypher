// Records who wrote what and when. Audit entries are not entities: no citations, not searchable.
CREATE (a:AuditEntry {at: datetime(), who: $who, role: $role, action: $action, document: $document, summary: $summary})
RETURN toString(a.at) AS at
