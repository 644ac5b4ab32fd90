import { describe, expect, it } from 'vitest';
import type { Assignment, BasisCitation, Department, Diagnostic, LoadResult } from '../../../domain/records';
import { countBySeverity, formatDiagnostics, summarise } from '../../../loaders/summary';

const src = (line: number, endLine = line) => ({ file: 'a.txt', line, endLine });
const basis = (title: string, docNumber: string | null = null): BasisCitation => ({
  raw: title,
  title,
  docNumber,
  articles: [],
  kind: 'law',
});
const assignment = (agencies: string[], bases: BasisCitation[], line: number): Assignment => ({
  agencyRaw: agencies.join('、'),
  agencies,
  generic: agencies.length === 0,
  division: '',
  bases,
  case: null,
  role: null,
  source: src(line),
});

const department: Department = {
  name: '衡阳市蒸湘区财政局',
  jurisdiction: { province: '湖南省', city: '衡阳市', county: '蒸湘区' },
  inferred: false,
  title: '衡阳市蒸湘区财政局责任清单',
  titleInferred: false,
  date: { year: null, date: null, origin: 'unknown', line: null },
  source: src(1, 100),
  duties: [{ seq: '1', text: '职责', items: [], office: null, remarks: null, source: src(5) }],
  boundaryMatters: [
    {
      seq: '1',
      title: '甲',
      cases: [],
      source: src(10, 20),
      bases: [basis('预算法')],
      assignments: [
        assignment(['区财政局', '区国税分局'], [basis('预算法'), basis('通知', '湘政发〔2011〕46号')], 10),
        assignment([], [], 15),
      ],
    },
    {
      seq: '2',
      title: '乙',
      cases: [],
      source: src(21, 30),
      bases: [],
      assignments: [assignment(['区财政局'], [basis('另一个通知', '湘政发〔2011〕46号')], 21)],
    },
  ],
  services: [],
  supervision: [],
};

const diagnostic = (severity: Diagnostic['severity'], line: number, raw = ''): Diagnostic => ({
  file: 'a.txt',
  line,
  severity,
  code: 'X',
  message: '信息',
  raw,
});

describe('summarise', () => {
  it('counts matters, assignments, distinct agencies and bases, and the warnings inside the list', () => {
    const result: LoadResult = {
      departments: [department],
      agencyMerges: [],
      diagnostics: [diagnostic('warning', 12), diagnostic('warning', 101), diagnostic('info', 13)],
    };
    expect(summarise(result)).toEqual([
      {
        name: '衡阳市蒸湘区财政局',
        jurisdiction: '湖南省衡阳市蒸湘区',
        inferred: false,
        duties: 1,
        matters: 2,
        assignments: 3,
        agencies: 2,
        bases: 2,
        services: 0,
        warnings: 1,
      },
    ]);
  });
});

describe('formatDiagnostics', () => {
  it('puts errors first and shows file:line, severity and a short raw excerpt', () => {
    const lines = formatDiagnostics([diagnostic('info', 3), diagnostic('error', 9, `很长的原文${'字'.repeat(100)}`)]);
    expect(lines[0].startsWith('a.txt:9 [错误] X 信息\n    很长的原文')).toBe(true);
    expect(lines[0].endsWith('…')).toBe(true);
    expect(lines[1]).toBe('a.txt:3 [提示] X 信息');
    expect(countBySeverity([diagnostic('info', 1), diagnostic('error', 2), diagnostic('info', 3)])).toEqual({
      error: 1,
      warning: 0,
      info: 2,
    });
  });
});
