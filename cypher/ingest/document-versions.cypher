// The kept versions of a document, newest first. $doc: document id.
MATCH (v:DocumentVersion {doc: $doc})
RETURN v.version AS version, v.origin AS origin, toString(v.at) AS at
ORDER BY v.version DESC
