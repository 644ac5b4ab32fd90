// Cypher of the jurisdiction aggregate.

export const LIST_JURISDICTIONS = `
MATCH (j:Jurisdiction)
OPTIONAL MATCH (j)-[:PART_OF]->(p:Jurisdiction)
RETURN j.key AS key, j.name AS name, j.level AS level, p.key AS parentKey, p.name AS parentName,
  COUNT { (:Agency)-[:IN]->(j) } AS agencyCount,
  COUNT { (:Matter)-[:IN]->(j) } AS matterCount
ORDER BY j.key`;
