// Answers during a forced reload (issue 11, item 5): N closed-loop HTTP clients ask a fixed
// set of questions while a forced reload of the five seeds commits; each answer is compared
// with the answer to the same question before and after the reload. Prints the counts for
// 20 and for 100 clients (or the client counts given); `wrong` must be 0.
//   npx tsx bench/reload.ts [clients…]
import { startServer } from '../api/server.js';
import { writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { fixedQuestions, readersDuringReload } from '../tests/integration/api/reload-readers.js';
import { startBenchGraph } from './graph.js';
import { seedFiles } from './load.js';

const clientCounts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const graph = await startBenchGraph();
try {
  const run = await loadDocuments(seedFiles());
  await writeLoad(run.result, run.documents);
  const server = await startServer({ port: 0, host: '127.0.0.1', web: false });
  try {
    console.log('clients  answers  as before  as after  wrong  reload ms');
    let wrong = 0;
    for (const clients of clientCounts.length > 0 ? clientCounts : [20, 100]) {
      const c = await readersDuringReload({
        url: `${server.url}/graphql`,
        clients,
        questions: fixedQuestions(),
        reload: () => writeLoad(run.result, run.documents, { force: true }),
      });
      wrong += c.wrong;
      console.log(
        `${String(clients).padStart(7)}  ${String(c.answers).padStart(7)}  ${String(c.asBefore).padStart(9)}  ${String(c.asAfter).padStart(8)}  ${String(c.wrong).padStart(5)}  ${String(c.reloadMs).padStart(9)}`,
      );
      for (const e of c.examples) console.log(`  wrong: ${e}`);
    }
    process.exitCode = wrong === 0 ? 0 : 1;
  } finally {
    await server.close();
  }
} finally {
  await graph.stop();
}
