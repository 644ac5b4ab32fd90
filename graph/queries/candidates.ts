// Cypher of the candidate jurisdictions of an unscoped question: which jurisdictions' lists
// speak of its words at all, found through the full-text indexes instead of reading every
// jurisdiction's evidence (graph/search/candidate-jurisdictions.ts).

/**
 * The top `$hits` full-text hits of each text index (matter titles, boundary rows, duties and
 * work items, public services, agency names), each taken to the jurisdiction it belongs to. A
 * jurisdiction scores, per index, its best hit as a share of that index's best hit (Lucene
 * scores of different indexes are not comparable), summed over the indexes: like the ranker,
 * which scores an agency by its best row, one strong row beats many weak ones, and a place
 * whose lists speak of the subject in several tables is surer. A hit reaches its jurisdiction
 * in one or two hops (facts carry no jurisdictionKey; Matter and Agency do), so the cost is
 * bounded by `$hits`, not by the country.
 */
export const CANDIDATE_JURISDICTIONS = `
CALL () {
  CALL db.index.fulltext.queryNodes($matterIndex, $q, {limit: toInteger($hits)}) YIELD node, score
  RETURN 'matter' AS source, node.jurisdictionKey AS jurisdictionKey, score
  UNION ALL
  CALL db.index.fulltext.queryNodes($responsibilityIndex, $q, {limit: toInteger($hits)}) YIELD node, score
  MATCH (node)-[:FOR]->(m:Matter)
  RETURN 'responsibility' AS source, m.jurisdictionKey AS jurisdictionKey, score
  UNION ALL
  CALL db.index.fulltext.queryNodes($dutyIndex, $q, {limit: toInteger($hits)}) YIELD node, score
  OPTIONAL MATCH (parent:Duty)-[:HAS_ITEM]->(node)
  WITH coalesce(parent, node) AS d, score
  MATCH (a:Agency)-[:HAS_DUTY]->(d)
  RETURN 'duty' AS source, a.jurisdictionKey AS jurisdictionKey, score
  UNION ALL
  CALL db.index.fulltext.queryNodes($serviceIndex, $q, {limit: toInteger($hits)}) YIELD node, score
  MATCH (a:Agency)-[:PROVIDES]->(node)
  RETURN 'service' AS source, a.jurisdictionKey AS jurisdictionKey, score
  UNION ALL
  CALL db.index.fulltext.queryNodes($agencyIndex, $q, {limit: toInteger($hits)}) YIELD node, score
  RETURN 'agency' AS source, node.jurisdictionKey AS jurisdictionKey, score
}
WITH source, jurisdictionKey, max(score) AS best, count(*) AS hits
WHERE jurisdictionKey IS NOT NULL
WITH source, collect({key: jurisdictionKey, best: best, hits: hits}) AS places, max(best) AS top
UNWIND places AS p
WITH p.key AS key, sum(p.best / top) AS score, sum(p.hits) AS hits
RETURN key, score, hits
ORDER BY score DESC, key
LIMIT toInteger($limit)`;
