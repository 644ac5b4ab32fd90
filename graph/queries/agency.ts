// Cypher of the agency aggregate.

const AGENCY_FIELDS = `a.key AS key, a.name AS name, coalesce(a.aliases, []) AS aliases,
  a.jurisdictionKey AS jurisdictionKey, j.name AS jurisdiction`;

/**
 * Agencies whose jurisdiction satisfies `inScope`, each with its jurisdiction (one :IN from the
 * agency). Given jurisdictions, the plain predicate lets Neo4j seek the index on
 * Agency.jurisdictionKey; `$x IS NULL OR …` cannot.
 */
const listAgencies = (inScope: string): string => `
MATCH (a:Agency)
WHERE ${inScope}
  AND ($name IS NULL OR a.name CONTAINS $name OR any(x IN coalesce(a.aliases, []) WHERE x CONTAINS $name))
MATCH (a)-[:IN]->(j:Jurisdiction)
RETURN ${AGENCY_FIELDS}
ORDER BY a.key
LIMIT toInteger($limit)`;

export const LIST_AGENCIES = listAgencies('($jurisdictionKeys IS NULL OR a.jurisdictionKey IN $jurisdictionKeys)');
export const LIST_AGENCIES_IN_JURISDICTIONS = listAgencies('a.jurisdictionKey IN $jurisdictionKeys');

export const AGENCIES_BY_KEYS = `
MATCH (a:Agency)-[:IN]->(j:Jurisdiction) WHERE a.key IN $keys
RETURN ${AGENCY_FIELDS}`;

export const AGENCY_BY_KEY = `
MATCH (a:Agency {key: $key})-[:IN]->(j:Jurisdiction)
RETURN ${AGENCY_FIELDS}`;

export const AGENCY_DUTIES = `
MATCH (:Agency {key: $key})-[:HAS_DUTY]->(d:Duty)
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_ITEM]->(w:WorkItem)
  WITH w ORDER BY w.ord
  RETURN collect(w.text) AS items
}
RETURN d.key AS key, d.seq AS seq, d.text AS text, d.office AS office, d.remarks AS remarks, items,
  d.file AS file, d.line AS line, d.endLine AS endLine
ORDER BY d.file, d.line`;

export const AGENCY_SERVICES = `
MATCH (:Agency {key: $key})-[:PROVIDES]->(s:Service)
RETURN s.key AS key, s.seq AS seq, s.title AS title, s.content AS content, s.units AS units, s.phones AS phones,
  s.file AS file, s.line AS line, s.endLine AS endLine
ORDER BY s.file, s.line`;

/** The matters an agency holds a responsibility for, with its own division text. */
export const AGENCY_RESPONSIBILITIES = `
MATCH (a:Agency {key: $key})-[:HOLDS]->(r:Responsibility)-[:FOR]->(m:Matter)
RETURN r.key AS key, m.key AS matterKey, m.title AS matterTitle, r.division AS division, r.role AS role,
  r.case AS case, r.agencyRaw AS agencyRaw, r.file AS file, r.line AS line, r.endLine AS endLine
ORDER BY m.key, r.line`;

/** Names and aliases of the agencies of some jurisdictions (all when null): what typed names resolve against. */
export const AGENCY_NAMES = `
MATCH (a:Agency)
RETURN a.key AS key, a.name AS name, coalesce(a.aliases, []) AS aliases`;

/** The same for some jurisdictions, found by the index on Agency.jurisdictionKey. */
export const AGENCY_NAMES_IN_JURISDICTIONS = `
MATCH (a:Agency) WHERE a.jurisdictionKey IN $jurisdictionKeys
RETURN a.key AS key, a.name AS name, coalesce(a.aliases, []) AS aliases`;
