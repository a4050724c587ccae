// One kept version of a document, for restoring it. $doc: document id; $version: version number.
MATCH (v:DocumentVersion {doc: $doc, version: $version})
RETURN v.draft AS draft, v.text AS text, v.file AS file, v.origin AS origin, toString(v.at) AS at
