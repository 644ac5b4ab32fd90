// Who may write (issue 12): every write (unloading a document, committing an upload) needs
// an editor token; a refused write changes nothing (the graph's counts and version are read
// before and after the refused request in ONE transaction that holds the load lock, which
// every write takes first, so no other test's write can commit in between); every accepted
// write is in the audit log; an uploaded list goes dry run → report → commit → answers →
// replaced → unloaded, through the real HTTP server and the real Neo4j.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSchema } from '../../../api/schema.js';
import { captureLog } from '../../log-lines.js';
import { graphCounts, scopedCounts } from '../../../graph/repositories/stats.repository.js';
import { atOneVersion, graphVersion } from '../../../graph/version.js';
import { bearer, editorToken, readerToken } from '../../support/editor-token.js';
import { HOSTILE_FILES } from '../../unit/loaders/hostile-files.js';
import { exportTxt, type FixtureList, SAMPLE_LIST } from '../../unit/loaders/read/fixture-files.js';
import { writeLoad } from '../../../graph/writer.js';
import { loadSeeds, seedFiles, synthetic, uniqueTag } from '../fixtures.js';
import { api } from './client.js';

const tag = uniqueTag('writes');
const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'jurisgraph-uploads-'));
process.env.JURISGRAPH_UPLOAD_DIR = uploadDir;
// Before the server starts: it reads the token file it is pointed at then (and re-reads it on change).
const editor = editorToken(`editor-${tag}`);
const otherEditor = editorToken(`other-${tag}`);
const reader = readerToken(`reader-${tag}`);

beforeAll(async () => {
  await loadSeeds();
  await api();
}, 120_000);
afterAll(async () => {
  await (await api()).close();
  delete process.env.JURISGRAPH_UPLOAD_DIR;
  rmSync(uploadDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON of several shapes, checked field by field.
  body: any;
}

async function post(pathname: string, body: string | Uint8Array, headers: Record<string, string>): Promise<Reply> {
  const { url } = await api();
  // A copy in an ArrayBuffer of its own: what fetch's BodyInit types accept.
  const payload = typeof body === 'string' ? body : new Uint8Array(body).buffer;
  const res = await fetch(`${url}${pathname}`, { method: 'POST', headers, body: payload });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

const gqlAs = (token: string | null, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post('/graphql', JSON.stringify({ query, variables }), {
    'content-type': 'application/json',
    ...(token ? bearer(token) : {}),
    ...headers,
  });

const uploadAs = (token: string | null, name: string, bytes: Uint8Array, headers: Record<string, string> = {}) =>
  post(`/api/uploads?name=${encodeURIComponent(name)}`, bytes, {
    'content-type': 'application/octet-stream',
    ...(token ? bearer(token) : {}),
    ...headers,
  });

const commitAs = (token: string | null, id: string, headers: Record<string, string> = {}) =>
  post(`/api/uploads/${encodeURIComponent(id)}/commit`, '', { ...(token ? bearer(token) : {}), ...headers });

const code = (r: Reply): unknown => r.body?.errors?.[0]?.extensions?.code;

const UNLOAD = 'mutation($file: String!) { unloadDocument(file: $file) }';
const AUDIT =
  'query($first: Int, $before: Int) { auditLog(first: $first, before: $before) { seq at actor role action target address requestId summary } }';
const DOCUMENTS = '{ documents { key file lists } }';

/** The graph's counts and version before and after `attempt`, read under the load lock (see the header). */
async function graphAround(attempt: () => Promise<void>): Promise<{ before: unknown; after: unknown }> {
  const { value } = await atOneVersion(async () => {
    const before = { version: await graphVersion(), counts: await graphCounts() };
    await attempt();
    const after = { version: await graphVersion(), counts: await graphCounts() };
    return { before, after };
  });
  return value;
}

/**
 * A county of this test's own (digits as 甲乙丙…: the title parser reads no digits in a county,
 * nor a long name), so the answers below can only come from this list.
 */
const county = `写${[...String(Math.floor(Math.random() * 100)).padStart(2, '0')].map((d) => '甲乙丙丁戊己庚辛壬癸'[Number(d)]).join('')}县`;

/** The sample list in that county, with a row the loader warns about (a matter without an agency). */
function list(extraService?: string): FixtureList {
  const [duties, boundary, services] = SAMPLE_LIST.tables;
  return {
    title: `湖南省测试市${county}发展和改革局责任清单`,
    tables: [
      duties!,
      { ...boundary!, rows: [...boundary!.rows, ['3', '价格监测', '', '', '', '']] },
      extraService ? { ...services!, rows: [...services!.rows, ['2', extraService, '受理咨询', '综合科', '0734-8888002']] } : services!,
    ],
  };
}

const listText = (l: FixtureList) => exportTxt(l);
const bytesOf = (text: string) => new TextEncoder().encode(text);
const uploadName = `${tag}-发改局清单.txt`;
const stagedFiles = () => readdirSync(path.join(uploadDir, '.staging'), { recursive: true }).filter((f) => String(f).includes('.txt'));

describe('refused writes change nothing', () => {
  const seed = () => path.basename(seedFiles()[0]!);
  const cases: Array<{ who: string; token: string | null; headers?: Record<string, string>; status: number; code: string }> = [
    { who: 'no token', token: null, status: 401, code: 'UNAUTHENTICATED' },
    { who: 'an unknown token', token: 'jg_notatokenanyonewasgiven0000000000000000000', status: 401, code: 'UNAUTHENTICATED' },
    { who: 'a reader token', token: reader, status: 403, code: 'FORBIDDEN' },
    {
      who: 'an editor token from another site',
      token: editor,
      headers: { origin: 'https://evil.example' },
      status: 403,
      code: 'FORBIDDEN',
    },
  ];

  for (const c of cases) {
    it(`refuses unloadDocument and uploads with ${c.who} (${c.code}), the graph unchanged`, async () => {
      const replies: Reply[] = [];
      const { before, after } = await graphAround(async () => {
        replies.push(await gqlAs(c.token, UNLOAD, { file: seed() }, c.headers));
        replies.push(await uploadAs(c.token, uploadName, bytesOf(listText(list())), c.headers));
        replies.push(await commitAs(c.token, '00000000-0000-0000-0000-000000000000', c.headers));
      });
      expect(after).toEqual(before);
      for (const r of replies) {
        expect(r.status).toBe(c.status);
        expect(code(r)).toBe(c.code);
        expect(r.body.errors[0].extensions.requestId).toBe(r.headers.get('x-request-id'));
      }
      if (c.status === 401) expect(replies[0]!.headers.get('www-authenticate')).toMatch(/^Bearer/);
      if (c.headers?.origin) expect(replies[0]!.body.errors[0].message).toBe('跨站请求不能写入');
      expect(replies[0]!.body.data ?? null).toBeNull();
      expect(replies.some((r) => r.headers.get('access-control-allow-origin'))).toBe(false);
    });
  }

  it('logs a refusal with the request id, the address and the code, and keeps it out of the graph', async () => {
    const log = captureLog();
    try {
      const r = await gqlAs(reader, UNLOAD, { file: seed() });
      const requestId = r.headers.get('x-request-id');
      const line = log.lines().find((l) => l.requestId === requestId && l.code === 'FORBIDDEN');
      expect(line).toMatchObject({ address: expect.stringMatching(/127\.0\.0\.1$/), actor: `reader-${tag}` });
      expect(String(line?.msg)).toContain('写入被拒绝');
    } finally {
      log.stop();
    }
    const audit = await gqlAs(reader, AUDIT, { first: 100 });
    expect(audit.body.data.auditLog.filter((e: { actor: string }) => e.actor === `reader-${tag}`)).toEqual([]);
  });

  it('refuses a write a browser could send cross-site without a preflight (text/plain), and a mutation over GET', async () => {
    const { url } = await api();
    const replies: number[] = [];
    const { before, after } = await graphAround(async () => {
      const simple = await post('/graphql', JSON.stringify({ query: UNLOAD, variables: { file: seed() } }), {
        'content-type': 'text/plain',
        ...bearer(editor),
      });
      replies.push(simple.status);
      const get = await fetch(`${url}/graphql?query=${encodeURIComponent(`mutation { unloadDocument(file: "${seed()}") }`)}`, {
        headers: { ...bearer(editor), 'apollo-require-preflight': 'true' },
      });
      replies.push(get.status);
      const form = await post(`/api/uploads?name=${uploadName}`, listText(list()), { 'content-type': 'text/plain', ...bearer(editor) });
      replies.push(form.status);
    });
    expect(after).toEqual(before);
    expect(replies).toEqual([400, 405, 415]);
  });

  it('answers another site’s preflight without CORS headers, so its browser never sends the write', async () => {
    const { url } = await api();
    for (const target of ['/graphql', '/api/uploads?name=x.txt']) {
      const res = await fetch(`${url}${target}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://evil.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
      expect(
        [...res.headers.keys()].filter((h) => h.startsWith('access-control-')),
        target,
      ).toEqual([]);
    }
  });

  it('has no mutation that edits or deletes audit entries', async () => {
    const mutations = Object.keys((await apiSchema()).getMutationType()?.getFields() ?? {});
    expect(mutations).toContain('unloadDocument');
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
  });

  it('lists the audit log only for a valid token', async () => {
    expect(code(await gqlAs(null, AUDIT))).toBe('UNAUTHENTICATED');
    expect(code(await gqlAs('jg_unknown', AUDIT))).toBe('UNAUTHENTICATED');
    const r = await gqlAs(reader, AUDIT, { first: 5 });
    expect(r.body.errors).toBeUndefined();
    expect(Array.isArray(r.body.data.auditLog)).toBe(true);
  });
});

describe('an uploaded list: dry run, commit, answers, replace, unload — every write audited', () => {
  const accepted: Array<{ action: string; requestId: string }> = [];
  let firstId = '';

  it('dry run: the loader’s report with file:line for every diagnostic, nothing written', async () => {
    const text = listText(list());
    let reply: Reply | undefined;
    // From the server's own page: its Origin is the server's, which may write.
    const { url } = await api();
    const { before, after } = await graphAround(async () => {
      reply = await uploadAs(editor, uploadName, bytesOf(text), { origin: url });
    });
    expect(after).toEqual(before);
    const { upload } = reply!.body;
    expect(reply!.status).toBe(200);
    expect(upload).toMatchObject({ file: uploadName, format: 'txt', errors: 0, failed: false });
    expect(upload.records).toMatchObject({ departments: 1, duties: 2, matters: 3, services: 1 });
    // The warned row starts on the line before the matter's own cell (a TAB opens each cell).
    const line = text.split('\n').indexOf('\t价格监测');
    expect(upload.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'MATTER_WITHOUT_AGENCY', file: uploadName, line }),
    );
    for (const d of upload.diagnostics) {
      expect(d.file).toBe(uploadName);
      expect(d.line).toBeGreaterThan(0);
    }
    expect(JSON.stringify(upload)).not.toContain(uploadDir);
    expect(upload.summary).toMatch(/^共 1 个文档、1 个部门；错误 0，警告 1/);
    expect(Date.parse(upload.expiresAt) - Date.now()).toBeGreaterThan(29 * 60 * 1000);
    expect(readdirSync(uploadDir).filter((f) => !f.startsWith('.'))).toEqual([]);
    firstId = upload.id;
  });

  it('only the editor who uploaded may commit it', async () => {
    const r = await commitAs(otherEditor, firstId);
    expect([r.status, code(r)]).toEqual([403, 'FORBIDDEN']);
  });

  it('commit: the document is created, listed and answers from it, in the audit log', async () => {
    const r = await commitAs(editor, firstId);
    expect(r.status).toBe(200);
    expect(r.body.commit).toMatchObject({ file: uploadName, document: uploadName, status: 'created' });
    expect(r.body.commit.rows).toBeGreaterThan(0);
    accepted.push({ action: 'uploadList', requestId: r.headers.get('x-request-id')! });
    expect(readFileSync(path.join(uploadDir, uploadName), 'utf8')).toBe(listText(list()));
    expect(stagedFiles()).toEqual([]);

    const docs = await gqlAs(null, DOCUMENTS);
    expect(docs.body.data.documents).toContainEqual(expect.objectContaining({ file: uploadName, lists: 1 }));
    const answer = await gqlAs(
      null,
      'query($q: String!, $j: String) { whoHandles(question: $q, jurisdiction: $j, first: 3) { agency { name } matter { title } source { file line } } }',
      { q: '经济运行调节归哪个部门管？', j: county },
    );
    expect(answer.body.errors).toBeUndefined();
    const top = answer.body.data.whoHandles[0];
    expect(top.agency.name).toBe(`湖南省测试市${county}发展和改革局`);
    expect(top.source.file).toBe(uploadName);

    // Committed once: a second commit of the same upload finds nothing.
    const again = await commitAs(editor, firstId);
    expect([again.status, code(again)]).toEqual([404, 'NOT_FOUND']);
  });

  it('a revised list under the same name replaces the document', async () => {
    const revised = listText(list('价格政策咨询'));
    const dry = await uploadAs(editor, uploadName, bytesOf(revised));
    expect(dry.status).toBe(200);
    expect(dry.body.upload.records.services).toBe(2);
    const r = await commitAs(editor, dry.body.upload.id);
    expect(r.status).toBe(200);
    expect(r.body.commit.status).toBe('replaced');
    accepted.push({ action: 'uploadList', requestId: r.headers.get('x-request-id')! });
    const docs = (await gqlAs(null, DOCUMENTS)).body.data.documents.filter((d: { file: string }) => d.file === uploadName);
    expect(docs).toHaveLength(1);
  });

  it('a hostile file gets a report naming it, not a crash, and cannot be committed', async () => {
    const hostile = HOSTILE_FILES.find((h) => h.name === 'grid_span_1e8.docx')!;
    const name = `${tag}-${hostile.name}`;
    let dry: Reply | undefined;
    let refused: Reply | undefined;
    const { before, after } = await graphAround(async () => {
      dry = await uploadAs(editor, name, await hostile.build());
      refused = await commitAs(editor, dry.body.upload.id);
    });
    expect(after).toEqual(before);
    expect(dry!.status).toBe(200);
    expect(dry!.body.upload).toMatchObject({ file: name, failed: true });
    expect(dry!.body.upload.errors).toBeGreaterThan(0);
    expect(dry!.body.upload.diagnostics[0]).toMatchObject({ severity: 'error', code: hostile.code, file: name });
    expect(dry!.body.upload.diagnostics[0].message).toContain(name);
    expect(JSON.stringify(dry!.body)).not.toContain(uploadDir);
    expect([refused!.status, code(refused!)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(refused!.body.errors[0].message).toMatch(/错误，不能提交/);
  });

  it('refuses an unknown format and an empty body with a Chinese message', async () => {
    const pdf = await uploadAs(editor, `${tag}.pdf`, bytesOf('%PDF-1.4'));
    expect([pdf.status, code(pdf)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(pdf.body.errors[0].message).toMatch(/不支持的文件类型/);
    const empty = await uploadAs(editor, uploadName, new Uint8Array());
    expect([empty.status, code(empty)]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('unloadDocument by the name the API shows removes it; an unknown name is refused', async () => {
    const r = await gqlAs(editor, UNLOAD, { file: uploadName });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.unloadDocument).toBe(1);
    accepted.push({ action: 'unloadDocument', requestId: r.headers.get('x-request-id')! });
    const docs = (await gqlAs(null, DOCUMENTS)).body.data.documents;
    expect(docs.some((d: { file: string }) => d.file === uploadName)).toBe(false);
    const unknown = await gqlAs(editor, UNLOAD, { file: uploadName });
    expect(code(unknown)).toBe('BAD_USER_INPUT');
  });

  it('refuses a name two documents share, listing them; unloads each by its sha256 or stored key', async () => {
    // Two lists loaded from two directories outside the repository under one name: the API shows both as list.txt.
    const a = synthetic(uniqueTag('twin'));
    const b = synthetic(uniqueTag('twin'));
    await writeLoad(a.result, a.docs);
    await writeLoad(b.result, b.docs);
    const ambiguous = await gqlAs(editor, UNLOAD, { file: 'list.txt' });
    expect(code(ambiguous)).toBe('BAD_USER_INPUT');
    const candidates = ambiguous.body.errors[0].extensions.candidates.map((c: { sha256: string }) => c.sha256);
    expect(candidates).toEqual(expect.arrayContaining([a.docs[0]!.sha256, b.docs[0]!.sha256]));
    for (const [twin, name] of [
      [a, a.docs[0]!.sha256],
      [b, b.docKey],
    ] as const) {
      const r = await gqlAs(editor, UNLOAD, { file: name });
      expect(r.body.data?.unloadDocument, name).toBe(1);
      expect(
        await scopedCounts({ docKeys: [twin.docKey], jurisdictionKeys: [twin.jurisdictionKey], basisPrefix: twin.basisPrefix }),
      ).toEqual({});
      accepted.push({ action: 'unloadDocument', requestId: r.headers.get('x-request-id')! });
    }
  });

  it('the audit log lists every accepted write of this editor, newest first, with who, what, where from and when', async () => {
    const r = await gqlAs(reader, AUDIT, { first: 100 });
    expect(r.body.errors).toBeUndefined();
    const mine = r.body.data.auditLog.filter((e: { actor: string }) => e.actor === `editor-${tag}`);
    expect(mine.map((e: { action: string; requestId: string }) => ({ action: e.action, requestId: e.requestId }))).toEqual(
      [...accepted].reverse(),
    );
    for (const e of mine) {
      expect(e.role).toBe('editor');
      expect(e.target).toMatch(e.action === 'uploadList' ? uploadName : /^(.*-发改局清单\.txt|list\.txt)$/);
      expect(e.address).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
      expect(Date.now() - Date.parse(e.at)).toBeLessThan(10 * 60 * 1000);
      expect(e.summary).not.toBe('');
    }
    // Paging: `before` is the seq of the last entry of the previous page.
    const [newest, second] = r.body.data.auditLog;
    const page = await gqlAs(reader, AUDIT, { first: 1, before: newest.seq });
    expect(page.body.data.auditLog).toEqual([second]);
  });
});
