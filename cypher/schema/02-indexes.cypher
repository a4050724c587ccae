// Range indexes for the filters and orderings the API offers.
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX document_date IF NOT EXISTS FOR (n:SourceDocument) ON (n.date);

// Full-text search over names, aliases, titles, texts and the quoted evidence of every entity.
// The English analyser stems words, so "Accelerating" finds the "Accelerated Reform Fund" item.
CREATE FULLTEXT INDEX entity_text_v3 IF NOT EXISTS
FOR (n:Organisation|Person|Partnership|Body|Meeting|AgendaItem|Resolution|Action|Priority|Strategy|Sector|Place|SourceDocument|TermsOfReference|Seat|Rule)
ON EACH [n.name, n.aliases, n.title, n.text, n.citeQuote]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};

// Who represented an organisation at meetings is a property of the attendance.
CREATE INDEX attended_representing IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.representing);

// Keyset pages in name order seek these and read them in order.
CREATE INDEX partnership_name IF NOT EXISTS FOR (n:Partnership) ON (n.name);
CREATE INDEX priority_name IF NOT EXISTS FOR (n:Priority) ON (n.name);

// A document's kept versions, found by document and number: its current text is read from them.
CREATE INDEX document_version_doc IF NOT EXISTS FOR (v:DocumentVersion) ON (v.doc, v.version);
