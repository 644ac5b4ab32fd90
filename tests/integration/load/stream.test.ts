// `npm run load -- <dir>` as a streamed load against the real Neo4j of the integration run: a
// generated 3-county country cut into several transactions gives the same graph as one
// transaction over the same files; a load stopped with SIGINT after its first commits resumes
// on rerun to the same graph; a broken file among good ones does not stop them and is listed
// in the report file with file:line. Each case loads its own copy of the country (document
// keys are paths), and counts only what the documents under its directory reach.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countLoadedUnder } from '../../../graph/load/census.js';
import { writeLoad } from '../../../graph/writer.js';
import { loadDocuments } from '../../../loaders/load.js';
import type { Distributions } from '../../../tools/country/distributions.js';
import { generateCountry } from '../../../tools/country/generate.js';
import { loadSeedVocabulary, writeCountry } from '../../../tools/country/io.js';
import { cliEnvironment } from '../../support/load-cli.js';
import { seedsDir } from '../fixtures.js';

const REPO = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'jurisgraph-load-stream-'));
const country = path.join(work, 'country');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Files per county, and the estimated rows of the largest county: the budget keeps counties whole. */
let countyFiles: number[] = [];

beforeAll(async () => {
  const distributions = JSON.parse(readFileSync(path.join(REPO, 'tools/country/distributions.json'), 'utf8')) as Distributions;
  // A seed of its own: the region tests use 11, so the generated counties do not meet.
  const files = generateCountry({ seed: 23, counties: 3 }, await loadSeedVocabulary(seedsDir), distributions);
  await writeCountry(country, files);
  const byCounty = new Map<string, number>();
  for (const f of files) byCounty.set(f.place.county, (byCounty.get(f.place.county) ?? 0) + 1);
  countyFiles = [...byCounty.values()];
});

/** A copy of the country in a directory of its own (document keys are resolved paths). */
function copyOfCountry(name: string): string {
  const dir = path.join(work, name);
  cpSync(country, dir, { recursive: true });
  return dir;
}

interface CliRun {
  status: number | null;
  stderr: string;
}

/**
 * `npm run load` in a child process, started as the npm script starts it (`node --import tsx`,
 * so a signal reaches the loader itself); `onStderr` sees its stderr as it comes (a pipe: not a TTY).
 */
function runLoad(args: string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/load.ts', ...args], { cwd: REPO, env: cliEnvironment() });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      onStderr?.(stderr, child);
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** `已写入图数据库：N 个文件，R 行，T 个事务`: the streamed load's closing figures. */
function committed(stderr: string): { files: number; rows: number; transactions: number } {
  const m = stderr.match(/已写入图数据库：(\d+) 个文件，(\d+) 行，(\d+) 个事务/);
  if (!m) throw new Error(`no closing line in:\n${stderr}`);
  return { files: Number(m[1]), rows: Number(m[2]), transactions: Number(m[3]) };
}

/** What a one-transaction load of the same files gives (the path `npm run load` took before streaming). */
async function loadInOneTransaction(dir: string): Promise<Record<string, number>> {
  const { expandLoadPaths } = await import('../../../cli/load-files.js');
  const run = await loadDocuments(await expandLoadPaths([dir]));
  await writeLoad(run.result, run.documents);
  return countLoadedUnder(path.resolve(dir) + path.sep);
}

// Budget: more than any one county's rows, less than two counties' (checked below by the
// number of transactions), so the units are the counties.
const BATCH_ROWS = '4000';

describe('streamed load of a generated country', () => {
  let oneTransaction: Record<string, number>;

  beforeAll(async () => {
    oneTransaction = await loadInOneTransaction(copyOfCountry('one-transaction'));
  });

  it('writes it in several transactions, with progress lines on a non-TTY, and the same graph as one transaction', async () => {
    const dir = copyOfCountry('streamed');
    const report = path.join(work, 'streamed-report.txt');
    const run = await runLoad(['--batch-rows', BATCH_ROWS, '--report', report, dir]);
    expect(run.status, run.stderr).toBe(0);
    const files = countyFiles.reduce((a, b) => a + b, 0);
    expect(committed(run.stderr)).toMatchObject({ files, transactions: 3 });
    // Non-TTY progress: whole lines, the last one at 100 %.
    const progress = run.stderr.split('\n').filter((l) => l.startsWith('进度 '));
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toMatch(new RegExp(`^进度 ${files}/${files} 个文件（100%），已写入 \\d+ 行，\\d+ 行/秒，预计剩余`));
    expect(run.stderr).not.toContain('\r');
    const streamed = await countLoadedUnder(path.resolve(dir) + path.sep);
    expect(streamed.Document).toBe(files);
    expect(streamed).toEqual(oneTransaction);
    // Every file has its line in the report.
    expect(readFileSync(report, 'utf8').match(/^FILE\t.*\t新建\t/gm)).toHaveLength(files);
  });

  it('stops on SIGINT after the first commits (exit 130), and a rerun resumes to the same graph', async () => {
    const dir = copyOfCountry('interrupted');
    let signalled = false;
    const firstReport = path.join(work, 'interrupted-report.txt');
    const first = await runLoad(['--batch-rows', BATCH_ROWS, '--report', firstReport, dir], (stderr, child) => {
      // The first progress line with rows written comes after a unit was committed.
      if (!signalled && /^进度 \d+\/\d+ 个文件（\d+%），已写入 [1-9]\d* 行/m.test(stderr)) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    expect(signalled, first.stderr).toBe(true);
    expect(first.status, first.stderr).toBe(130);
    expect(first.stderr).toContain('已中断');
    expect(first.stderr).toContain('重新运行同一命令即可继续');
    const stopped = committed(first.stderr);
    expect(stopped.files).toBeGreaterThan(0);
    expect(stopped.files).toBeLessThan(countyFiles.reduce((a, b) => a + b, 0));
    // Exactly the committed files are in the graph: the open unit was rolled back.
    expect((await countLoadedUnder(path.resolve(dir) + path.sep)).Document).toBe(stopped.files);

    const report = path.join(work, 'resumed-report.txt');
    const second = await runLoad(['--batch-rows', BATCH_ROWS, '--report', report, dir]);
    expect(second.status, second.stderr).toBe(0);
    // Committed files are skipped without being parsed again (same bytes, same parser).
    expect(second.stderr).toContain(`其中 ${stopped.files} 个文件已由同一版本的解析器导入且未改动，未重新解析`);
    const lines = readFileSync(report, 'utf8');
    expect(lines.match(/^FILE\t.*\t未变化\t0\t/gm)).toHaveLength(stopped.files);
    expect(lines.match(/^FILE\t.*\t新建\t/gm)?.length).toBe(countyFiles.reduce((a, b) => a + b, 0) - stopped.files);
    expect(await countLoadedUnder(path.resolve(dir) + path.sep)).toEqual(oneTransaction);
  });
});

describe('a broken file among good ones', () => {
  it('commits the others, exits 1 and lists the broken file with file:line in the report', async () => {
    const dir = path.join(work, 'broken');
    cpSync(country, dir, { recursive: true });
    // Not a Word document: no list can be read from it (an error diagnostic naming the file).
    const broken = path.join(dir, '00-broken.docx');
    writeFileSync(broken, 'this is not a docx');
    const report = path.join(work, 'broken-report.txt');
    const run = await runLoad(['--batch-rows', BATCH_ROWS, '--report', report, dir]);
    expect(run.status, run.stderr).toBe(1);
    const files = countyFiles.reduce((a, b) => a + b, 0) + 1;
    // Every file got a Document (the broken one with its error diagnostic), all committed.
    expect(committed(run.stderr).files).toBe(files);
    expect((await countLoadedUnder(path.resolve(dir) + path.sep)).Document).toBe(files);
    expect(run.stderr).toContain('有错误 1');
    expect(run.stderr).toContain(broken);
    const lines = readFileSync(report, 'utf8');
    expect(lines).toMatch(new RegExp(`^FILE\\t${escapeRegExp(broken)}\\t新建\\t\\d+\\t错误 1\\t`, 'm'));
    expect(lines).toMatch(new RegExp(`^${escapeRegExp(broken)}:\\d+\\t错误\\t[A-Z_]+\\t`, 'm'));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
