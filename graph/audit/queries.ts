// Cypher of the audit log. The sequence number comes from a counter node taken in the
// same transaction, so concurrent writers get distinct, ordered numbers.

export const APPEND_AUDIT = `
MERGE (c:AuditCounter {key: 'audit'})
SET c.seq = coalesce(c.seq, 0) + 1
CREATE (e:AuditEntry {key: $key, seq: c.seq, at: toString(datetime()), actor: $actor, role: $role,
  action: $action, target: $target, address: $address, requestId: $requestId, summary: $summary})`;

export const LIST_AUDIT = `
MATCH (e:AuditEntry)
WHERE $before IS NULL OR e.seq < $before
RETURN e.key AS key, e.seq AS seq, e.at AS at, e.actor AS actor, e.role AS role, e.action AS action,
  e.target AS target, e.address AS address, e.requestId AS requestId, e.summary AS summary
ORDER BY e.seq DESC
LIMIT toInteger($first)`;
