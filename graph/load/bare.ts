// The load bench's baseline: the writer's pre-built rows inserted by bare UNWIND batches
// into the same labels (same indexes), in one transaction. Not used by the application.
import { withWriteTransaction } from '../driver.js';
import * as Q from '../queries/bench.js';
import type { DocumentRows } from './rows.js';

/**
 * `firstOrdinal` numbers this call's rows after those of earlier calls that stay in the
 * graph (bench/scale.ts inserts a country county by county): the keys must stay unique.
 */
export async function bareInsert(rows: DocumentRows, batchSize = 500, firstOrdinal = 0): Promise<void> {
  await withWriteTransaction(async (tx) => {
    for (const kind of Object.keys(Q.ROW_LABELS) as Array<keyof typeof Q.ROW_LABELS>) {
      const list = rows[kind] as object[];
      for (let i = 0; i < list.length; i += batchSize) {
        await tx.run(Q.BARE_INSERT[kind], { rows: list.slice(i, i + batchSize), kind, offset: firstOrdinal + i });
      }
    }
  });
}

export async function deleteBareRows(): Promise<void> {
  await withWriteTransaction(async (tx) => {
    for (const statement of Q.DELETE_BENCH_ROWS) await tx.run(statement);
  });
}
