// `npm run load -- [options] <files or directories…>`: loads responsibility-list documents
// into the graph, or with --dry-run only parses them. stdout carries data only (the --json
// export contract); the progress, the summary table and the diagnostics report go
// to stderr. Exit codes: 0 ok, 1 errors in the input (or warnings under --strict),
// 2 usage, 3 the graph could not be written, 130 interrupted (Ctrl-C; rerun to resume).
//
// A load is streamed (cli/load-stream.ts): one transaction per unit of files, so a country
// fits in memory and a stop loses only the open unit. --json and --strict keep the one
// transaction over all files: both need the whole load before anything is written.
import { pathToFileURL } from 'node:url';
import { SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import { Command } from 'commander';
import { parseCommandLine, type UsageText } from './command-line';
import { type LoadOptions, loadDocuments, type LoadRun } from '../loaders/load';
import type { Jurisdiction } from '../domain/jurisdiction';
import { calendarDate } from '../domain/list-date';
import { formatDiagnostics, summarise } from '../loaders/summary';
import { expandLoadPaths } from './load-files';
import { fileSha256, parseStamp } from './parse-stamp';
import { loadProgress } from './load-progress';
import { summaryLine } from './load-report';
import { defaultReportName, openReportFile, ReportTally } from './load-report-file';
import { type StreamOutcome, streamLoad } from './load-stream';
import type { GraphWriter } from './write';

export const EXIT = { ok: 0, inputErrors: 1, usage: 2, graphUnavailable: 3 } as const;

interface CliOptions {
  dryRun?: boolean;
  json?: boolean;
  strict?: boolean;
  force?: boolean;
  department?: string;
  province?: string;
  city?: string;
  county?: string;
  asOf?: string;
  filesFrom?: string;
  batchRows?: string;
  report?: string;
}

export const EXIT_INTERRUPTED = 130;

/**
 * Estimated graph rows per transaction (loaders/units.ts). Measured (docs/loading.md): a
 * unit of this size peaks well inside the local Neo4j's 1 GB heap while larger units no
 * longer make the load faster.
 */
export const DEFAULT_BATCH_ROWS = 20_000;

/** Up to this many files the terminal gets the per-file lines and the department table, as always. */
export const SMALL_LOAD_FILES = 20;

const log = (line = ''): void => {
  process.stderr.write(`${line}\n`);
};

function buildProgram(): Command {
  return (
    new Command()
      .name('npm run load --')
      .description('导入部门责任清单（.txt / .docx / .xlsx / .csv）到图数据库')
      .argument('[paths...]', '要导入的文档或目录（目录递归读取 .txt/.docx/.xlsx/.csv，按路径排序）')
      .option('--files-from <file>', '从文件读取要导入的路径，每行一个（文件很多时命令行放不下）')
      .option('--batch-rows <n>', `每个事务约写入的行数（默认 ${DEFAULT_BATCH_ROWS}；单个文件总是整体写入）`)
      .option('--report <file>', '完整的逐文件诊断报告写到此文件（文件多于 20 个时默认写到当前目录下带时间的文件）')
      .option('--dry-run', '只解析，不写入图数据库')
      .option('--json', '向标准输出打印一个 JSON 文档（导出约定：departments + diagnostics）')
      .option('--strict', '严格模式：出现任何警告即视为失败，不写入')
      .option('--force', '即使文档未变化也重新写入')
      .option('--department <name>', '无标题文档的部门名称（覆盖推断结果）')
      .option('--province <name>', '无标题文档的省份')
      .option('--city <name>', '无标题文档的市')
      .option('--county <name>', '无标题文档的县/区')
      .option('--as-of <date>', '正文未写明日期的清单按此日期记录（2016、2016-03 或 2016-03-15）；正文写明的日期优先')
      .exitOverride()
      // Commander's own messages are English; cli/command-line.ts says them in Chinese instead.
      .configureOutput({ writeErr: () => undefined })
  );
}

const USAGE: UsageText = {
  messages: { 'commander.missingArgument': '缺少要导入的文件' },
  // Commander's name for the file argument is not something the user typed.
  withoutDetail: ['commander.missingArgument'],
  usage:
    '用法：npm run load -- [--dry-run] [--json] [--strict] [--department 名称] [--province 省 --city 市 --county 县区] [--as-of 2016] [--files-from 列表] [--batch-rows 20000] [--report 文件] <文件或目录…>（--help 查看全部选项）',
};

function jurisdictionOverride(o: CliOptions): Partial<Jurisdiction> | undefined {
  const j: Partial<Jurisdiction> = {};
  if (o.province) j.province = o.province;
  if (o.city) j.city = o.city;
  if (o.county) j.county = o.county;
  return Object.keys(j).length > 0 ? j : undefined;
}

function progressBar(files: string[]): { update: (done: number) => void; stop: () => void } {
  // Only for a person watching a terminal, and only when there is more than one step to watch.
  if (!process.stderr.isTTY || files.length < 2) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ stream: process.stderr, format: '解析 [{bar}] {value}/{total} 个文件', hideCursor: true });
  bar.start(files.length, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

function printReport(run: LoadRun, strict: boolean): void {
  const table = new Table({
    head: ['部门', '辖区', '职责', '边界事项', '分工', '单位', '依据', '公共服务', '警告'],
    style: { head: [], border: [] },
  });
  for (const s of summarise(run.result)) {
    const name = s.inferred ? `${s.name}（推断）` : s.name;
    table.push([name, s.jurisdiction, s.duties, s.matters, s.assignments, s.agencies, s.bases, s.services, s.warnings]);
  }
  log(table.toString());
  const diagnostics = formatDiagnostics(run.result.diagnostics);
  if (diagnostics.length > 0) {
    log('\n诊断报告：');
    for (const entry of diagnostics) log(entry);
  }
  log(`\n${summaryLine(run, strict)}`);
}

/** The write step, imported only when needed (a --dry-run works without the graph's modules). */
async function writeModule(): Promise<typeof import('./write') | null> {
  try {
    return await import('./write');
  } catch (error) {
    log(`图数据库写入模块（graph/writer.ts）不可用：${(error as Error).message}`);
    log('未写入任何数据。只解析请使用 --dry-run。');
    return null;
  }
}

async function writeToGraph(run: LoadRun, force: boolean): Promise<number> {
  const graph = await writeModule();
  if (!graph) return EXIT.graphUnavailable;
  try {
    await graph.writeRunToGraph(run, { force, log });
    return EXIT.ok;
  } catch (error) {
    log(`写入图数据库失败，图中数据保持不变：${(error as Error).message}`);
    return EXIT.graphUnavailable;
  }
}

export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  const parsed = parseCommandLine(program, argv, USAGE, log);
  if (parsed !== 'run') return parsed === 'done' ? EXIT.ok : EXIT.usage;
  const options = program.opts<CliOptions>();
  const asOf = options.asOf === undefined ? undefined : calendarDate(options.asOf);
  if (asOf === null) {
    log(`--as-of 的日期无效：${options.asOf}（应为 2016、2016-03 或 2016-03-15 这样的日期）`);
    return EXIT.usage;
  }
  const batchRows = options.batchRows === undefined ? DEFAULT_BATCH_ROWS : Number(options.batchRows);
  if (!Number.isInteger(batchRows) || batchRows < 1) {
    log(`--batch-rows 应为正整数：${options.batchRows}`);
    return EXIT.usage;
  }
  let files: string[];
  try {
    files = await expandLoadPaths(program.args, options.filesFrom);
  } catch (error) {
    log(`无法读取路径列表 ${options.filesFrom}：${(error as Error).message}`);
    return EXIT.usage;
  }
  if (files.length === 0) {
    log(program.args.length > 0 || options.filesFrom ? '给出的目录或列表中没有可导入的文档（.txt/.docx/.xlsx/.csv）' : '缺少要导入的文件');
    log(USAGE.usage);
    return EXIT.usage;
  }
  const loadOptions: LoadOptions = {
    department: options.department,
    jurisdiction: jurisdictionOverride(options),
    strict: options.strict,
    asOf,
  };
  if (options.json || options.strict) return loadAtOnce(files, loadOptions, options);
  return loadStreamed(files, loadOptions, options, batchRows);
}

/** --json and --strict: everything parsed first, then one transaction (the behaviour before streaming). */
async function loadAtOnce(files: string[], loadOptions: LoadOptions, options: CliOptions): Promise<number> {
  const bar = progressBar(files);
  const run = await loadDocuments(files, { ...loadOptions, onProgress: (done) => bar.update(done) });
  bar.stop();
  printReport(run, Boolean(options.strict));
  if (options.json) process.stdout.write(`${JSON.stringify(run.result, null, 2)}\n`);
  const { failed } = run;
  if (options.dryRun) return failed ? EXIT.inputErrors : EXIT.ok;
  if (failed && options.strict) {
    log('严格模式下存在错误或警告，未写入图数据库。');
    return EXIT.inputErrors;
  }
  const written = await writeToGraph(run, Boolean(options.force));
  if (written !== EXIT.ok) return written;
  return failed ? EXIT.inputErrors : EXIT.ok;
}

async function openWriter(options: CliOptions, stamp: string | null): Promise<GraphWriter | number> {
  const graph = await writeModule();
  if (!graph) return EXIT.graphUnavailable;
  try {
    return await graph.openGraphWriter({ force: Boolean(options.force), log, parseStamp: stamp });
  } catch (error) {
    log(`无法连接图数据库，未写入任何数据：${(error as Error).message}`);
    return EXIT.graphUnavailable;
  }
}

/**
 * Ctrl-C / SIGTERM: the first stops the load after rolling back the open transaction; a second
 * one, a second or more later, quits at once. A terminal's Ctrl-C reaches this process twice
 * (from the terminal's process group and relayed by tsx), which must not count as two.
 */
function interruptOnSignals(controller: AbortController): () => void {
  let firstAt = 0;
  const onSignal = () => {
    if (controller.signal.aborted) {
      if (Date.now() - firstAt > REPEAT_SIGNAL_MS) process.exit(EXIT_INTERRUPTED);
      return;
    }
    firstAt = Date.now();
    log('\n收到中断信号：回滚正在写入的事务后停止（再按一次 Ctrl-C 立即退出）…');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

const REPEAT_SIGNAL_MS = 1_000;

async function loadStreamed(files: string[], loadOptions: LoadOptions, options: CliOptions, batchRows: number): Promise<number> {
  const small = files.length <= SMALL_LOAD_FILES;
  const stamp = parseStamp(loadOptions);
  const writer = options.dryRun ? undefined : await openWriter(options, stamp);
  if (typeof writer === 'number') return writer;
  let unchanged: ((file: string) => boolean) | undefined;
  if (writer && stamp && !options.force) {
    // Files this parser already wrote are not parsed again: what makes a resumed country cheap.
    const stored = await writer.storedStamps(files).catch(() => new Map<string, string>());
    if (stored.size > 0) unchanged = (file) => stored.get(file) === `${fileSha256(file)}/${stamp}`;
  }
  const reportPath = options.report ?? (small ? undefined : defaultReportName());
  const report = reportPath ? openReportFile(reportPath) : null;
  const tally = new ReportTally();
  const controller = new AbortController();
  const release = interruptOnSignals(controller);
  const started = performance.now();
  let outcome: StreamOutcome;
  try {
    if (!small) log(`共 ${files.length} 个文件；每个事务约 ${batchRows} 行`);
    outcome = await streamLoad(files, {
      load: loadOptions,
      batchRows,
      unchanged,
      write: writer?.write,
      signal: controller.signal,
      progress: small ? { update: () => undefined, stop: () => undefined } : loadProgress(files.length, progressOutput()),
      tally,
      report,
      log: small ? log : undefined,
      keepForTable: small,
    });
  } finally {
    release();
    await report?.close();
    await writer?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  if (small) printSmallReport(outcome);
  else for (const line of tally.summaryLines()) log(line);
  log(streamSummaryLine(outcome));
  if (!options.dryRun) {
    const rate = seconds > 0 ? Math.round(outcome.rowsWritten / seconds) : 0;
    log(
      `已写入图数据库：${outcome.filesCommitted} 个文件，${outcome.rowsWritten} 行，${outcome.units} 个事务，用时 ${Math.round(seconds * 1000)} ms（${rate} 行/秒）`,
    );
    if (outcome.skipped > 0) log(`其中 ${outcome.skipped} 个文件已由同一版本的解析器导入且未改动，未重新解析`);
  }
  if (report) log(`完整报告（每条诊断带 文件:行号）：${report.path}`);
  if (outcome.interrupted) {
    log(`已中断：正在写入的事务已回滚；已提交 ${outcome.filesCommitted}/${files.length} 个文件（${outcome.rowsWritten} 行）。`);
    log('重新运行同一命令即可继续：已完成的文件会被识别为未变化并跳过。');
    return EXIT_INTERRUPTED;
  }
  if (outcome.writeError) {
    log(`写入图数据库失败，导入已停止：${outcome.writeError.message}`);
    log(
      outcome.filesCommitted > 0
        ? `已提交的 ${outcome.filesCommitted} 个文件保留在图中；问题解决后重新运行同一命令即可继续。`
        : '图中数据保持不变。',
    );
    return EXIT.graphUnavailable;
  }
  return outcome.inputErrors ? EXIT.inputErrors : EXIT.ok;
}

function progressOutput() {
  return { isTTY: process.stderr.isTTY, stream: process.stderr, write: (line: string) => log(line) };
}

/** A small load's terminal report: the department table and every diagnostic, as before streaming. */
function printSmallReport(outcome: StreamOutcome): void {
  const table = new Table({
    head: ['部门', '辖区', '职责', '边界事项', '分工', '单位', '依据', '公共服务', '警告'],
    style: { head: [], border: [] },
  });
  for (const s of outcome.summaries) {
    const name = s.inferred ? `${s.name}（推断）` : s.name;
    table.push([name, s.jurisdiction, s.duties, s.matters, s.assignments, s.agencies, s.bases, s.services, s.warnings]);
  }
  log(table.toString());
  const diagnostics = formatDiagnostics(outcome.diagnostics);
  if (diagnostics.length > 0) {
    log('\n诊断报告：');
    for (const entry of diagnostics) log(entry);
  }
  log('');
}

/** The same closing line as summaryLine (cli/load-report.ts), from the streamed counts. */
function streamSummaryLine(o: StreamOutcome): string {
  return `共 ${o.documents} 个文档、${o.departments} 个部门；错误 ${o.counts.error}，警告 ${o.counts.warning}，提示 ${o.counts.info}（单位合并 ${o.merges} 组）`;
}

// Set the exit code instead of calling process.exit: a large JSON document on a pipe must drain first.
const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry)
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      log(`程序错误：${(error as Error).stack ?? String(error)}`);
      process.exitCode = EXIT.inputErrors;
    },
  );
