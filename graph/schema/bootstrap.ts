// Applies the schema at every start. Every statement is IF NOT EXISTS, so a second run
// (or two processes starting at once) changes nothing.
import { runOnce } from '../driver.js';
import { GraphError } from '../errors.js';
import { FULLTEXT_ANALYZER, schemaStatements } from './indexes.js';

export interface SchemaReport {
  statements: number;
  millis: number;
}

export async function ensureSchema(options: { awaitSeconds?: number } = {}): Promise<SchemaReport> {
  const started = Date.now();
  const analyzers = await runOnce('CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS names');
  const names = (analyzers.records[0]?.get('names') ?? []) as string[];
  if (!names.includes(FULLTEXT_ANALYZER)) {
    throw new GraphError('QUERY_FAILED', {
      message: `这个 Neo4j 没有 ${FULLTEXT_ANALYZER} 全文分析器（可用：${names.join(', ')}），无法建立中文全文索引`,
    });
  }
  const statements = schemaStatements();
  for (const statement of statements) {
    try {
      await runOnce(statement, {}, 'WRITE');
    } catch (error) {
      // A concurrent start may create the same constraint between our check and our
      // create; the outcome is the one we wanted.
      if (
        !(
          error instanceof GraphError &&
          error.neo4jCode?.startsWith('Neo.ClientError.Schema.') &&
          error.neo4jCode.endsWith('AlreadyExists')
        )
      ) {
        throw error;
      }
    }
  }
  await runOnce('CALL db.awaitIndexes($seconds)', { seconds: options.awaitSeconds ?? 300 });
  return { statements: statements.length, millis: Date.now() - started };
}
