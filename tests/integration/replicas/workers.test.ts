// `npm start -- --workers 2` as a real child process against this run's Neo4j: two API
// processes behind one port. A list staged by one request and committed by another is
// written whichever worker answers each (every request on a connection of its own, so the
// primary hands them out round-robin; the access log's pid says which worker answered); a
// worker killed with SIGKILL is forked again and the port keeps answering; Ctrl-C stops
// the primary and every worker.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bearer, editorToken } from '../../support/editor-token.js';
import { alive, startMain, stopMain, until, type MainProcess } from '../../support/mainProcess.js';
import { exportTxt, type FixtureList, SAMPLE_LIST } from '../../unit/loaders/read/fixture-files.js';
import { uniqueTag } from '../fixtures.js';

const tag = uniqueTag('replicas');
const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'jurisgraph-replica-uploads-'));
const editor = editorToken(`replicas-${tag}`);
/** A county of this test's own (no digits: the title parser reads none in a county name). */
const county = `副${[...String(Math.floor(Math.random() * 1000)).padStart(3, '0')].map((d) => '甲乙丙丁戊己庚辛壬癸'[Number(d)]).join('')}县`;
const TRIES = 6;

let main: MainProcess | undefined;

beforeAll(async () => {
  main = await startMain(
    { HOST: '127.0.0.1', PORT: '0', JURISGRAPH_UPLOAD_DIR: uploadDir },
    ['--api-only', '--workers', '2'],
    inject('neo4j'),
  );
}, 120_000);
afterAll(async () => {
  await stopMain(main);
  rmSync(uploadDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON of several shapes, checked field by field.
  body: any;
}

/** One request on a connection of its own (no keep-alive: the cluster balances connections, not requests). */
function post(pathname: string, body: Uint8Array, headers: Record<string, string>): Promise<Reply> {
  const url = new URL(pathname, main!.url);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { ...headers, connection: 'close' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The pid of the worker that logged the access line of `requestId` (pino's JSON lines carry the pid). */
function servedBy(requestId: string): number | undefined {
  for (const line of main!.lines) {
    if (!line.startsWith('{') || !line.includes(requestId)) continue;
    const entry = JSON.parse(line) as { requestId?: string; pid?: number; status?: number };
    if (entry.requestId === requestId && entry.status !== undefined) return entry.pid;
  }
  return undefined;
}

function list(extraService: string): FixtureList {
  const [duties, boundary, services] = SAMPLE_LIST.tables;
  return {
    title: `湖南省测试市${county}发展和改革局责任清单`,
    tables: [duties!, boundary!, { ...services!, rows: [...services!.rows, ['2', extraService, '受理咨询', '综合科', '0734-8888002']] }],
  };
}

const workerPids = (): number[] => {
  const started = main!.lines.find((l) => l.includes('jurisgraph 已启动'));
  const pids = /工作进程（pid ([\d、]+)）/.exec(started ?? '')?.[1];
  return pids ? pids.split('、').map(Number) : [];
};

describe('npm start -- --workers 2', () => {
  it('runs two API processes besides the primary', () => {
    const pids = workerPids();
    expect(pids).toHaveLength(2);
    expect(new Set([...pids, main!.child.pid]).size).toBe(3);
    for (const pid of pids) expect(alive(pid)).toBe(true);
  });

  it('a staged upload commits on whichever worker answers the commit', async () => {
    const name = `${tag}-发改局清单.txt`;
    const pairs: Array<{ staged?: number; committed?: number }> = [];
    for (let i = 0; i < TRIES; i += 1) {
      const text = exportTxt(list(`第${'一二三四五六七八九十'[i]}项咨询服务`));
      const staged = await post(`/api/uploads?name=${encodeURIComponent(name)}`, new TextEncoder().encode(text), {
        'content-type': 'application/octet-stream',
        'x-request-id': `${tag}-stage-${i}`,
        ...bearer(editor),
      });
      expect(staged.status).toBe(200);
      expect(staged.body.upload).toMatchObject({ file: name, errors: 0 });
      const committed = await post(`/api/uploads/${staged.body.upload.id}/commit`, new Uint8Array(), {
        'x-request-id': `${tag}-commit-${i}`,
        ...bearer(editor),
      });
      expect(committed.status, JSON.stringify(committed.body)).toBe(200);
      expect(committed.body.commit).toMatchObject({ id: staged.body.upload.id, file: name, status: i === 0 ? 'created' : 'replaced' });
      // The access line is written when the response closes: wait for it.
      await until(
        async () => servedBy(`${tag}-commit-${i}`),
        (pid) => pid !== undefined,
        5_000,
      );
      pairs.push({ staged: servedBy(`${tag}-stage-${i}`), committed: servedBy(`${tag}-commit-${i}`) });
    }
    const pids = workerPids();
    for (const p of pairs) {
      expect(pids).toContain(p.staged);
      expect(pids).toContain(p.committed);
    }
    // The point of the test: at least one commit ran on the worker that did not stage it.
    expect(pairs.filter((p) => p.staged !== p.committed).length, JSON.stringify(pairs)).toBeGreaterThan(0);
  }, 120_000);

  it('a committed upload cannot be committed again on the other worker', async () => {
    const name = `${tag}-again.txt`;
    const staged = await post(`/api/uploads?name=${encodeURIComponent(name)}`, new TextEncoder().encode(exportTxt(list('再次提交'))), {
      'content-type': 'application/octet-stream',
      ...bearer(editor),
    });
    expect(staged.status).toBe(200);
    const id = staged.body.upload.id as string;
    // Two commits at once, on two connections: one writes, the other finds the upload gone.
    const [a, b] = await Promise.all([0, 1].map(() => post(`/api/uploads/${id}/commit`, new Uint8Array(), bearer(editor))));
    expect([a!.status, b!.status].sort()).toEqual([200, 404]);
  }, 60_000);

  it('a worker killed with SIGKILL is forked again, and the port keeps answering', async () => {
    const [victim] = workerPids();
    process.kill(victim!, 'SIGKILL');
    const restarted = await until(
      async () => main!.lines.find((l) => l.includes('API 工作进程已重启')),
      (line) => line !== undefined,
      60_000,
    );
    expect(restarted).toBeDefined();
    expect(main!.lines.some((l) => l.includes(`API 工作进程（pid ${victim}）意外退出（信号 SIGKILL）`))).toBe(true);
    for (let i = 0; i < 4; i += 1) {
      const r = await post('/graphql', new TextEncoder().encode(JSON.stringify({ query: '{ health { status } }' })), {
        'content-type': 'application/json',
      });
      expect(r.status).toBe(200);
      expect(r.body.data.health.status).toBe('ok');
    }
  }, 90_000);

  it('Ctrl-C stops the primary and every worker', async () => {
    const pids = [...new Set([...workerPids(), ...restartedPids()])];
    const running = pids.filter(alive);
    await stopMain(main);
    expect(await main!.exited).toBe(0);
    for (const pid of pids) expect(alive(pid)).toBe(false);
    // Each stopped itself on the primary's SIGTERM (drained, driver closed), not by the SIGKILL 30 s later.
    const stoppedCleanly = main!.lines.filter((l) => l.includes('"msg":"已停止"')).map((l) => (JSON.parse(l) as { pid: number }).pid);
    expect(stoppedCleanly.sort()).toEqual([...running, main!.child.pid!].sort());
  }, 60_000);
});

function restartedPids(): number[] {
  return main!.lines.flatMap((l) => {
    const m = /API 工作进程已重启（pid (\d+)）/.exec(l);
    return m ? [Number(m[1])] : [];
  });
}
