// Cypher of the jurisdiction aggregate. Agencies and matters are counted by the index on
// their jurisdictionKey, not by expanding the Jurisdiction node's :IN relationships.

export const LIST_JURISDICTIONS = `
MATCH (j:Jurisdiction)
OPTIONAL MATCH (j)-[:PART_OF]->(p:Jurisdiction)
RETURN j.key AS key, j.name AS name, j.level AS level, p.key AS parentKey, p.name AS parentName,
  COUNT { MATCH (a:Agency) WHERE a.jurisdictionKey = j.key } AS agencyCount,
  COUNT { MATCH (m:Matter) WHERE m.jurisdictionKey = j.key } AS matterCount
ORDER BY j.key`;
