// Small damage to a text file costs a warning, not the file (issue 11, item 4): a lone
// control character, a last character cut in half, CR-only or mixed line ends. And text
// that reaches no record and no diagnostic is reported as TEXT_LOST.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Department, Diagnostic } from '../../../domain/records';
import { loadDocuments } from '../../../loaders/load';
import { lostTexts } from '../../../loaders/parse/coverage';
import { tokenize } from '../../../loaders/tokenize';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-damaged-'));
const healthy = readFileSync(path.join(FIXTURES, 'boundary_table.txt'), 'utf8');

async function load(name: string, bytes: Buffer | string): Promise<{ departments: Department[]; diagnostics: Diagnostic[] }> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const run = await loadDocuments([file]);
  return { departments: run.result.departments, diagnostics: run.result.diagnostics.map((d) => ({ ...d, file: name })) };
}

function records(departments: Department[]): unknown {
  return JSON.parse(JSON.stringify(departments, (key, value) => (key === 'file' ? undefined : value)));
}

const warnings = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.code, d.line]);

describe('damaged characters', () => {
  it('a lone \\x0b (Word manual line break) in a cell: a warning at its line, and the rest loads', async () => {
    const good = await load('good.txt', healthy);
    const damaged = healthy.replace('牵头负责经济运行调节', '牵头负责\x0b经济运行调节');
    const { departments, diagnostics } = await load('vt.txt', damaged);
    expect(warnings(diagnostics)).toEqual([['CONTROL_CHARACTER', 18]]);
    expect(diagnostics.find((d) => d.code === 'CONTROL_CHARACTER')?.message).toContain('U+000B');
    expect(departments[0].boundaryMatters.map((m) => m.title)).toEqual(good.departments[0].boundaryMatters.map((m) => m.title));
    expect(departments[0].boundaryMatters[0].assignments[0].division).toBe('牵头负责 经济运行调节');
  });

  it('a UTF-8 file cut in the middle of its last character: a warning on the last line, the same records', async () => {
    const good = await load('good.txt', healthy);
    const bytes = Buffer.concat([Buffer.from(healthy), Buffer.from('职').subarray(0, 2)]);
    const { departments, diagnostics } = await load('cut.txt', bytes);
    expect(warnings(diagnostics)).toEqual([['CHARACTER_UNREADABLE', healthy.split('\n').length]]);
    expect(records(departments)).toEqual(records(good.departments));
  });

  it('a GB18030 file cut in the middle of its last character: read as GB18030 with a warning', async () => {
    const good = await load('good.txt', healthy);
    const gbk = Buffer.concat([iconv.encode(healthy, 'gb18030'), iconv.encode('职', 'gb18030').subarray(0, 1)]);
    const { departments, diagnostics } = await load('cut-gbk.txt', gbk);
    expect(warnings(diagnostics).map(([code]) => code)).toEqual(['CHARACTER_UNREADABLE']);
    expect(departments[0].boundaryMatters.length).toBe(good.departments[0].boundaryMatters.length);
  });

  it('many damaged characters are still a file that cannot be read', async () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    const { diagnostics } = await load('noise.txt', noise);
    expect(diagnostics.map((d) => d.code)).toEqual(['ENCODING_UNKNOWN']);
  });
});

describe('line ends', () => {
  it('CR-only and mixed CRLF/CR/LF load exactly like LF, with the same line numbers', async () => {
    const good = await load('lf.txt', healthy);
    const cr = await load('cr.txt', healthy.replace(/\n/g, '\r'));
    // CR, LF and CRLF in turn; a CR is never put right before an empty line's LF (that pair is one CRLF).
    const lines = healthy.split('\n');
    const endAfter = (i: number): string => (i % 3 === 0 ? '\r\n' : i % 3 === 1 || lines[i + 1] === '' ? '\n' : '\r');
    const mixed = await load('mixed.txt', lines.map((line, i) => (i < lines.length - 1 ? line + endAfter(i) : line)).join(''));
    expect(records(cr.departments)).toEqual(records(good.departments));
    expect(records(mixed.departments)).toEqual(records(good.departments));
    expect(cr.diagnostics).toEqual(good.diagnostics.map((d) => ({ ...d, file: 'cr.txt' })));
  });
});

describe('TEXT_LOST: text that reaches no record and no diagnostic', () => {
  it('lostTexts names the cell line that went nowhere, ignoring spacing, numbering and punctuation', () => {
    const blocks = tokenize('\t1\n\t负责全区电力行业管理\n\t1、组织拟定规划\n2、 协调电力设施建设\n');
    const duty = {
      seq: '1',
      text: '负责全区电力行业管理',
      items: ['组织拟定规划'],
      office: null,
      remarks: null,
      source: { file: 'x', line: 1, endLine: 4 },
    };
    expect(lostTexts(blocks, { duties: [duty], boundaryMatters: [], services: [], diagnostics: [] })).toEqual([
      { line: 4, text: '2、 协调电力设施建设' },
    ]);
    duty.items.push('协调电力设施建设');
    expect(lostTexts(blocks, { duties: [duty], boundaryMatters: [], services: [], diagnostics: [] })).toEqual([]);
  });

  it('runs on every load: words beside a phone number that no record keeps are reported with their line', async () => {
    const services = readFileSync(path.join(FIXTURES, 'service_table.txt'), 'utf8').replace('28277998', '28277998（仅工作日）');
    const { diagnostics } = await load('phone-note.txt', services);
    const lost = diagnostics.filter((d) => d.code === 'TEXT_LOST');
    expect(lost).toMatchObject([{ severity: 'warning', raw: '28277998（仅工作日）' }]);
    expect(services.split('\n')[lost[0].line - 1]).toContain('仅工作日');
  });
});
