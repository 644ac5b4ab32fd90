// Cypher of rulings (协调意见). A ruling is its own node, never deleted or edited: a later
// ruling for the same matter supersedes it (history kept), a withdrawal is a ruling too.
//   (:Ruling {key, reference, kind, jurisdictionKey, matterKey, matterTitle, basis, decidedBy,
//             decidedOn, recordedAt, recordedBy, auditKey})
//   (:Ruling)-[:ON]->(:Matter), -[:IN]->(:Jurisdiction), -[:LEAD {division}]->(:Agency),
//   -[:COOPERATES {division, ord}]->(:Agency), -[:SUPERSEDES]->(:Ruling)

/** The ruling a reference already names in this jurisdiction (references are unique per jurisdiction). */
export const RULING_KEY_TAKEN = `
MATCH (r:Ruling {key: $key}) RETURN r.key AS key`;

/** The jurisdiction a ruling is recorded in, read under the load lock. */
export const JURISDICTION_EXISTS = `
MATCH (j:Jurisdiction {key: $jurisdictionKey}) RETURN j.key AS key`;

/** Which of the resolved agencies still exist (a load may have committed since they were resolved). */
export const AGENCIES_EXIST = `
MATCH (a:Agency) WHERE a.key IN $agencyKeys RETURN a.key AS key`;

export const MATTER_BY_KEY = `
MATCH (m:Matter {key: $matterKey}) RETURN m.key AS key, m.title AS title`;

/** The rulings of one matter, for deciding what is in force and what a new ruling supersedes. */
export const RULINGS_OF_MATTER = `
MATCH (r:Ruling)-[:ON]->(:Matter {key: $matterKey})
RETURN r.key AS key, r.kind AS kind, r.decidedOn AS decidedOn, r.recordedAt AS recordedAt`;

/**
 * A matter no list names yet, created by the ruling that decides it; `createdByRuling`
 * is its provenance (lists that load it later share the node: same key).
 */
export const CREATE_RULED_MATTER = `
MATCH (j:Jurisdiction {key: $jurisdictionKey})
CREATE (m:Matter {key: $matterKey, title: $title, jurisdictionKey: $jurisdictionKey, createdByRuling: $rulingKey})
CREATE (m)-[:IN]->(j)`;

/** The ruling with its matter, place and predecessor; agencies follow in CREATE_RULING_AGENCIES. */
export const CREATE_RULING = `
MATCH (m:Matter {key: $matterKey}), (j:Jurisdiction {key: $jurisdictionKey})
CREATE (r:Ruling {key: $key, reference: $reference, kind: $kind, jurisdictionKey: $jurisdictionKey,
  matterKey: $matterKey, matterTitle: m.title, basis: $basis, decidedBy: $decidedBy, decidedOn: $decidedOn,
  recordedAt: $recordedAt, recordedBy: $recordedBy})
CREATE (r)-[:ON]->(m)
CREATE (r)-[:IN]->(j)
WITH r
OPTIONAL MATCH (p:Ruling {key: $supersedes})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (r)-[:SUPERSEDES]->(p))
RETURN r.key AS key`;

/** The audit entry appended after the ruling (graph/audit/): where to read who recorded it from where. */
export const SET_AUDIT_KEY = `
MATCH (r:Ruling {key: $key}) SET r.auditKey = $auditKey`;

/** The lead (ord 0 of `agencies`) and the cooperating agencies, in the order they were given. */
export const CREATE_RULING_AGENCIES = `
MATCH (r:Ruling {key: $key})
UNWIND range(0, size($agencies) - 1) AS i
WITH r, i, $agencies[i] AS x
MATCH (a:Agency {key: x.agencyKey})
FOREACH (_ IN CASE WHEN i = 0 THEN [1] ELSE [] END | CREATE (r)-[:LEAD {division: x.division}]->(a))
FOREACH (_ IN CASE WHEN i > 0 THEN [1] ELSE [] END | CREATE (r)-[:COOPERATES {division: x.division, ord: i}]->(a))`;

/**
 * Rulings with their agencies, filtered by matter keys and/or jurisdiction keys (null: no
 * filter). Whole history; which one is in force is decided in graph/rulings/ruling.ts.
 */
export const RULINGS = `
MATCH (r:Ruling)-[:ON]->(m:Matter)
WHERE ($matterKeys IS NULL OR m.key IN $matterKeys)
  AND ($jurisdictionKeys IS NULL OR r.jurisdictionKey IN $jurisdictionKeys)
OPTIONAL MATCH (r)-[l:LEAD]->(la:Agency)
OPTIONAL MATCH (r)-[:SUPERSEDES]->(p:Ruling)
CALL (r) {
  OPTIONAL MATCH (r)-[c:COOPERATES]->(ca:Agency)
  WITH c, ca ORDER BY c.ord
  RETURN collect(CASE WHEN ca IS NULL THEN null ELSE {agencyKey: ca.key, name: ca.name, division: c.division} END) AS cooperating
}
RETURN r.key AS key, r.reference AS reference, r.kind AS kind, r.jurisdictionKey AS jurisdictionKey,
  m.key AS matterKey, m.title AS matterTitle, r.basis AS basis, r.decidedBy AS decidedBy, r.decidedOn AS decidedOn,
  r.recordedAt AS recordedAt, r.recordedBy AS recordedBy, p.key AS supersedes,
  CASE WHEN la IS NULL THEN null ELSE {agencyKey: la.key, name: la.name, division: l.division} END AS lead,
  cooperating
ORDER BY r.decidedOn DESC, r.recordedAt DESC, r.key DESC`;
