// `npm run load -- [options] <files…>`: loads responsibility-list documents into the
// graph, or with --dry-run only parses them. stdout carries data only (the --json
// export contract); the progress bar, the summary table and the diagnostics report go
// to stderr. Exit codes: 0 ok, 1 errors in the input (or warnings under --strict),
// 2 usage, 3 the graph could not be written.
import { pathToFileURL } from 'node:url';
import { SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import { Command } from 'commander';
import { parseCommandLine, type UsageText } from './command-line';
import { loadDocuments, type LoadRun } from '../loaders/load';
import type { Jurisdiction } from '../domain/jurisdiction';
import { calendarDate } from '../domain/list-date';
import { formatDiagnostics, summarise } from '../loaders/summary';
import { summaryLine } from './load-report';

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
}

const log = (line = ''): void => {
  process.stderr.write(`${line}\n`);
};

function buildProgram(): Command {
  return (
    new Command()
      .name('npm run load --')
      .description('导入部门责任清单（.txt / .docx / .xlsx / .csv）到图数据库')
      .argument('<files...>', '要导入的文档')
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
    '用法：npm run load -- [--dry-run] [--json] [--strict] [--department 名称] [--province 省 --city 市 --county 县区] [--as-of 2016] <文件…>（--help 查看全部选项）',
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

async function writeToGraph(run: LoadRun, force: boolean): Promise<number> {
  let graph: typeof import('./write');
  try {
    graph = await import('./write');
  } catch (error) {
    log(`图数据库写入模块（graph/writer.ts）不可用：${(error as Error).message}`);
    log('未写入任何数据。只解析请使用 --dry-run。');
    return EXIT.graphUnavailable;
  }
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
  const files = program.args;
  const asOf = options.asOf === undefined ? undefined : calendarDate(options.asOf);
  if (asOf === null) {
    log(`--as-of 的日期无效：${options.asOf}（应为 2016、2016-03 或 2016-03-15 这样的日期）`);
    return EXIT.usage;
  }
  const bar = progressBar(files);
  const run = await loadDocuments(files, {
    department: options.department,
    jurisdiction: jurisdictionOverride(options),
    strict: options.strict,
    asOf,
    onProgress: (done) => bar.update(done),
  });
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
