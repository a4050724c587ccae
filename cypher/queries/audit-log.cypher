// The most recent writes, newest first.
MATCH (a:AuditEntry)
RETURN toString(a.at) AS at, a.who AS who, a.role AS role, a.action AS action, a.document AS document, a.summary AS summary
ORDER BY a.at DESC
LIMIT $limit
