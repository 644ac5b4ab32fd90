// Cypher of local succession records (graph/succession/repository.ts). A record is one
// SuccessionEvent (domain/succession/model.ts), kept whole as JSON in `event` beside the fields
// it is found by: the event's shape belongs to the domain model, not to the graph.

/** The records of one table file, replaced as a whole when the file is loaded again. */
export const DELETE_RECORDS_OF_FILE = `
MATCH (r:SuccessionRecord {file: $file})
WITH r, r.jurisdictionKey AS jurisdictionKey
DETACH DELETE r
RETURN count(*) AS deleted, collect(DISTINCT jurisdictionKey) AS jurisdictions`;

/** Keys already taken by records outside `file` (null: any). */
export const TAKEN_KEYS = `
MATCH (r:SuccessionRecord) WHERE r.key IN $keys AND ($file IS NULL OR r.file IS NULL OR r.file <> $file)
RETURN r.key AS key`;

export const CREATE_RECORDS = `
UNWIND $records AS rec
CREATE (r:SuccessionRecord)
SET r = rec`;

export const SET_AUDIT_KEY = `
MATCH (r:SuccessionRecord {key: $key}) SET r.auditKey = $auditKey`;

/** The records of these jurisdictions (null: all), oldest effective day first. */
export const RECORDS = `
MATCH (r:SuccessionRecord)
WHERE $jurisdictionKeys IS NULL OR r.jurisdictionKey IN $jurisdictionKeys
RETURN r.key AS key, r.jurisdictionKey AS jurisdictionKey, r.event AS event, r.file AS file, r.line AS line,
       r.recordedAt AS recordedAt, r.recordedBy AS recordedBy, r.auditKey AS auditKey
ORDER BY r.effective, r.key`;
