// Shared by the graph and API integration tests: the five real seed documents, and a
// small synthetic load in a jurisdiction of its own so a test can count exactly what
// it wrote without seeing other tests' data.
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDocuments } from '../../loaders/load.js';
import type { Department, LoadResult, DocumentInfo } from '../../domain/records.js';
import { writeLoad, type WriteReport } from '../../graph/writer.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');

export function seedFiles(): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(seedsDir, f));
}

let seeded: Promise<WriteReport> | undefined;

/** Loads the five seeds once per test worker (a no-op when they are already in the graph). */
export function loadSeeds(): Promise<WriteReport> {
  seeded ??= loadDocuments(seedFiles()).then((run) => writeLoad(run.result, run.documents));
  return seeded;
}

export interface Synthetic {
  tag: string;
  jurisdictionKey: string;
  docKey: string;
  basisPrefix: string;
  result: LoadResult;
  docs: DocumentInfo[];
}

/**
 * One department in 测试县<tag>: a duty, a boundary matter split between 甲局 (lead) and
 * 乙局, a basis, a case, a service and a diagnostic. `variant: 'b'` drops 乙局's row and
 * cites another basis, so a reload must prune 乙局 and the first basis.
 */
export function synthetic(tag: string, variant: 'a' | 'b' = 'a'): Synthetic {
  const file = `/nonexistent/jurisgraph-${tag}/list.txt`;
  const jurisdiction = { province: `测试省${tag}`, city: null, county: `测试县${tag}` };
  const src = (line: number) => ({ file, line, endLine: line });
  const basis = (n: number) => ({
    raw: `《测试条例》（测${tag}〔2024〕${n}号）`,
    title: '测试条例',
    docNumber: `测${tag}〔2024〕${n}号`,
    articles: ['第三条'],
    kind: 'regulation' as const,
  });
  const rows = [
    {
      agencyRaw: '甲局',
      agencies: [`测试县${tag}甲局`],
      generic: false,
      division: '负责河道采砂的许可和监督检查',
      bases: [basis(variant === 'a' ? 1 : 2)],
      case: null,
      role: 'lead' as const,
      source: src(11),
    },
    {
      agencyRaw: '乙局',
      agencies: [`测试县${tag}乙局`],
      generic: false,
      division: '配合查处非法采砂运输车辆',
      bases: [],
      case: null,
      role: 'cooperate' as const,
      source: src(12),
    },
  ];
  const department: Department = {
    name: `测试县${tag}甲局`,
    jurisdiction,
    inferred: false,
    title: `测试县${tag}甲局责任清单`,
    titleInferred: false,
    date: { year: null, date: null, origin: 'unknown', line: null },
    source: src(1),
    duties: [{ seq: '1', text: '负责全县水资源管理', items: ['河道采砂管理'], office: null, remarks: null, source: src(3) }],
    boundaryMatters: [
      {
        seq: '1',
        title: '河道采砂管理',
        source: src(10),
        bases: [basis(variant === 'a' ? 1 : 2)],
        cases: ['某人夜间在河道采砂，甲局依法查处'],
        assignments: variant === 'a' ? rows : rows.slice(0, 1),
      },
    ],
    services: [
      { seq: '1', title: '采砂许可咨询', content: '解答采砂许可办理流程', units: ['水政股'], phones: ['0000-1234567'], source: src(20) },
    ],
    supervision: [{ path: ['事中事后监管制度'], text: '每季度检查一次采砂现场', source: src(30) }],
  };
  return {
    tag,
    jurisdictionKey: `测试省${tag}//测试县${tag}`,
    docKey: file,
    basisPrefix: `测${tag}〔`,
    result: {
      departments: [department],
      agencyMerges: [],
      diagnostics: [{ file, line: 2, severity: 'warning', code: 'DEPARTMENT_INFERRED', message: '部门名称由正文推断', raw: '甲局' }],
    },
    docs: [
      {
        file,
        format: 'txt',
        encoding: 'utf-8',
        sha256: `sha256-of-${tag}-${variant}`,
        lines: 30,
        title: `测试县${tag}甲局责任清单`,
        titleInferred: false,
        date: { year: null, date: null, origin: 'unknown', line: null },
        sourceLines: Array.from({ length: 30 }, (_, i) => `第${i + 1}行`),
      },
    ],
  };
}

/** A unique tag per test run, so reruns against a kept database never collide. */
export function uniqueTag(name: string): string {
  return `${name}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}
