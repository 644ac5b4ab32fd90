// `npm run succession -- load [--dry-run] <file>`: loads a jurisdiction's own succession records
// (what became of its agencies, on which local decision) from a CSV/TSV table into the graph,
// where they override the national pattern of the 2018 reform in that jurisdiction's answers.
// Every problem is reported as file:line; a table with any problem writes nothing. A file
// loaded again replaces its own records. Exit codes: 0 ok, 1 problems in the table, 2 usage,
// 3 the graph could not be written.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { readSuccessionTable } from './succession-table';

export const EXIT = { ok: 0, inputErrors: 1, usage: 2, graphUnavailable: 3 } as const;

export interface SuccessionCliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Opens the graph for the write and returns how to let go of it (tests pass the open connection). */
  connect: () => Promise<{ close: () => Promise<void> }>;
}

const defaultIo: SuccessionCliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  connect: async () => {
    const { openGraph } = await import('../graph/connect');
    return openGraph({ onProgress: (line) => process.stderr.write(`${line}\n`) });
  },
};

export async function runSuccessionCli(argv: string[], io: SuccessionCliIo = defaultIo): Promise<number> {
  let exit: number = EXIT.ok;
  const program = new Command()
    .name('npm run succession --')
    .description('机构沿革记录：本辖区的机构改革（更名、并入、职责划转……）')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.err(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  program
    .command('load <file>')
    .description('从 CSV/TSV 表格载入本辖区的机构沿革记录（同一文件再次载入时替换其记录）')
    .option('--dry-run', '只检查，不写入')
    .action(async (file: string, options: { dryRun?: boolean }) => {
      exit = await load(file, Boolean(options.dryRun), io);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) return error.code === 'commander.helpDisplayed' ? EXIT.ok : EXIT.usage;
    throw error;
  }
}

async function load(file: string, dryRun: boolean, io: SuccessionCliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.err(`${file}：无法读取（${(error as Error).message}）`);
    return EXIT.inputErrors;
  }
  const table = readSuccessionTable(bytes, file);
  if (table.problems.length) {
    for (const p of table.problems) io.err(`${file}:${p.line}：${p.message}`);
    io.err(`${file}：${table.problems.length} 处问题，未写入`);
    return EXIT.inputErrors;
  }
  let graph: { close: () => Promise<void> };
  try {
    graph = await io.connect();
  } catch (error) {
    io.err(`无法打开图数据库：${(error as Error).message}`);
    return EXIT.graphUnavailable;
  }
  try {
    const { loadSuccessionTable } = await import('../graph/succession/repository');
    const report = await loadSuccessionTable(file, table.rows, { dryRun });
    for (const d of report.diagnostics) io.err(`${d.file}:${d.line}：${d.message}`);
    if (report.diagnostics.length) {
      io.err(`${file}：${report.diagnostics.length} 处问题，未写入`);
      return EXIT.inputErrors;
    }
    io.out(
      dryRun
        ? `${file}：${table.rows.length} 行检查无误（未写入）`
        : `${file}：已写入 ${report.written} 条机构沿革记录${report.replaced ? `（替换该文件此前的 ${report.replaced} 条）` : ''}`,
    );
    return EXIT.ok;
  } catch (error) {
    const { GraphError, describeGraphError } = await import('../graph/errors');
    if (error instanceof GraphError) {
      io.err(describeGraphError(error));
      return error.code === 'INVALID_SUCCESSION' ? EXIT.inputErrors : EXIT.graphUnavailable;
    }
    throw error;
  } finally {
    await graph.close();
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) process.exitCode = await runSuccessionCli(process.argv.slice(2));
