// `npm run export -- --format json|csv|graphml [--jurisdiction 辖区] [--table 表] [--out 文件或目录]`:
// the graph as open data (docs/export.md). Standard output when no --out; CSV writes one table
// (--table, responsibilities by default), or every table into the folder --out names (an
// existing folder, or a path ending in /). A file is written beside its target and renamed
// into place only when the export is complete, so a failed run leaves no half file.
// Exit codes: 0 ok, 1 output could not be written, 2 usage or unknown jurisdiction,
// 3 the graph could not be read (or changed during the export).
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, Option } from 'commander';
import { parseCommandLine, type UsageText } from './command-line';
import { openGraph } from '../graph/connect';
import { GraphError, describeGraphError } from '../graph/errors';
import { exportCsv, exportCsvTables, exportGraphml, exportJson, type TableCounts } from '../graph/export/export';
import { GraphChangedDuringExport, openExportScope, type ExportScope } from '../graph/export/repository';
import { streamSink, type TextSink } from '../graph/export/sink';
import { isTableName, TABLE_NAMES, type TableName } from '../graph/export/tables';

export const EXIT = { ok: 0, outputFailed: 1, usage: 2, graphUnavailable: 3 } as const;

export const FORMATS = ['json', 'csv', 'graphml'] as const;
type Format = (typeof FORMATS)[number];

interface CliOptions {
  format: Format;
  jurisdiction?: string;
  table?: string;
  out?: string;
}

const log = (line = ''): void => {
  process.stderr.write(`${line}\n`);
};

const USAGE =
  '用法：npm run export -- --format json|csv|graphml [--jurisdiction 辖区] [--table 表名] [--out 文件或目录]（--help 查看说明）';

function buildProgram(): Command {
  return new Command()
    .name('npm run export --')
    .description('把图数据导出为开放数据：JSON、CSV（Excel/WPS 可直接打开）或 GraphML（Gephi、yEd）')
    .addOption(new Option('--format <format>', '导出格式').choices(FORMATS).makeOptionMandatory())
    .option('--jurisdiction <name>', '只导出该辖区及其下级（如 蒸湘区、衡阳市蒸湘区）；不给则导出全部')
    .option('--table <table>', `CSV 导出的表：${TABLE_NAMES.join('、')}（默认 responsibilities）`)
    .option('--out <path>', '输出文件；CSV 给出目录（已存在或以 / 结尾）时每张表写一个文件；不给则写到标准输出')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
}

const USAGE_TEXT: UsageText = {
  messages: { 'commander.missingMandatoryOptionValue': '缺少 --format（json、csv 或 graphml）' },
  withoutDetail: ['commander.missingMandatoryOptionValue'],
  usage: USAGE,
};

/** A file written beside its target and renamed into place on success, removed on failure. */
interface PendingFile {
  sink: TextSink;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

function pendingFile(target: string): PendingFile {
  const partial = `${target}.partial-${process.pid}`;
  const stream: WriteStream = createWriteStream(partial, { encoding: 'utf8' });
  // Errors surface through the sink's writes and through close(); none may go unhandled.
  stream.on('error', () => undefined);
  const close = () =>
    new Promise<void>((resolve, reject) => {
      if (stream.destroyed) return resolve();
      stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
  return {
    sink: streamSink(stream),
    async commit() {
      await close();
      await rename(partial, target);
    },
    async discard() {
      stream.destroy();
      await rm(partial, { force: true });
    },
  };
}

async function isFolderTarget(out: string): Promise<boolean> {
  if (out.endsWith('/') || out.endsWith(path.sep)) return true;
  return (await stat(out).catch(() => null))?.isDirectory() ?? false;
}

async function toStdout(run: (sink: TextSink) => Promise<unknown>): Promise<void> {
  // A reader that goes away (`| head`) is an EPIPE on stdout: the sink's next write refuses, nothing crashes.
  process.stdout.on('error', () => undefined);
  await run(streamSink(process.stdout));
}

async function toFiles(targets: Map<string, string>, run: (sinkFor: (name: string) => TextSink) => Promise<unknown>): Promise<void> {
  const files = new Map([...targets].map(([name, target]) => [name, pendingFile(target)]));
  try {
    await run((name) => files.get(name)!.sink);
  } catch (error) {
    await Promise.all([...files.values()].map((f) => f.discard()));
    throw error;
  }
  for (const f of files.values()) await f.commit();
}

async function runExport(options: CliOptions, scope: ExportScope): Promise<string> {
  const { format, out } = options;
  if (format === 'csv' && out !== undefined && (await isFolderTarget(out))) {
    await mkdir(out, { recursive: true });
    const tables: readonly TableName[] = options.table ? [options.table as TableName] : TABLE_NAMES;
    return `已导出 ${tables.length} 张表到 ${out}：${rowCounts(await exportToFolder(out, tables, scope))}`;
  }
  const write = async (sink: TextSink): Promise<string> => {
    if (format === 'json') {
      return `JSON：${rowCounts(await exportJson(scope, sink))}`;
    }
    if (format === 'graphml') {
      const { nodes, edges } = await exportGraphml(scope, sink);
      return `GraphML：${nodes} 个节点，${edges} 条边`;
    }
    const table = (options.table ?? 'responsibilities') as TableName;
    return `CSV ${table}：${await exportCsv(scope, table, sink)} 行`;
  };
  let summary = '';
  if (out === undefined) await toStdout(async (sink) => (summary = await write(sink)));
  else await toFiles(new Map([['out', out]]), async (sinkFor) => (summary = await write(sinkFor('out'))));
  return `已导出（图版本 ${scope.version}）${summary}`;
}

const rowCounts = (counts: TableCounts): string =>
  Object.entries(counts)
    .map(([table, n]) => `${table} ${n} 行`)
    .join('，');

async function exportToFolder(dir: string, tables: readonly TableName[], scope: ExportScope): Promise<TableCounts> {
  let counts: TableCounts = {};
  await toFiles(new Map(tables.map((t) => [t, path.join(dir, `${t}.csv`)])), async (sinkFor) => {
    counts = await exportCsvTables(scope, tables, sinkFor);
  });
  return counts;
}

/** Attempts at an export into files that a load committed into (its files are discarded, so it can start over). */
const ATTEMPTS_INTO_FILES = 3;

/**
 * The export, run again when a write committed meanwhile and the output is files (nothing of
 * the refused attempt is left). On standard output the bytes are gone: the run fails instead.
 */
async function exportRetried(options: CliOptions): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runExport(options, await openExportScope(options.jurisdiction));
    } catch (error) {
      if (!(error instanceof GraphChangedDuringExport) || options.out === undefined || attempt >= ATTEMPTS_INTO_FILES) throw error;
      log(`${error.message}；第 ${attempt + 1} 次导出…`);
    }
  }
}

export async function runExportCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  const parsed = parseCommandLine(program, argv, USAGE_TEXT, log);
  if (parsed !== 'run') return parsed === 'done' ? EXIT.ok : EXIT.usage;
  const options = program.opts<CliOptions>();
  if (options.table !== undefined && !isTableName(options.table)) {
    log(`未知的表：${options.table}（可选：${TABLE_NAMES.join('、')}）`);
    log(USAGE);
    return EXIT.usage;
  }
  if (options.table !== undefined && options.format !== 'csv') {
    log(`--table 只用于 CSV：${options.format} 导出总是包含全部表`);
    log(USAGE);
    return EXIT.usage;
  }
  let graph: Awaited<ReturnType<typeof openGraph>> | undefined;
  try {
    graph = await openGraph({ onProgress: log });
    log(await exportRetried(options));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof GraphError) {
      log(describeGraphError(error));
      return error.code === 'UNKNOWN_JURISDICTION' ? EXIT.usage : EXIT.graphUnavailable;
    }
    log(`导出失败：${(error as Error).message}`);
    return EXIT.outputFailed;
  } finally {
    await graph?.close();
  }
}

// Set the exit code instead of calling process.exit: a large export on a pipe must drain first.
const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry)
  runExportCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      log(`程序错误：${(error as Error).stack ?? String(error)}`);
      process.exitCode = EXIT.outputFailed;
    },
  );
