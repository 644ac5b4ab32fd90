import { describe, expect, it } from 'vitest';
import { aliasIndex, buildDocumentRows, rowCount } from '../../../graph/load/rows.js';
import { matterKey } from '../../../domain/matter-title.js';
import type { Department } from '../../../domain/records.js';

const place = { province: '湖南省', city: '怀化市', county: '洪江区' };
const src = (line: number) => ({ file: 'f.txt', line, endLine: line });

function department(): Department {
  return {
    name: '洪江区经信局',
    jurisdiction: place,
    inferred: false,
    title: '洪江区经信局责任清单',
    titleInferred: false,
    date: { year: null, date: null, origin: 'unknown', line: null },
    source: src(1),
    duties: [{ seq: '1', text: '经济运行', items: ['监测', '调节'], office: null, remarks: null, source: src(3) }],
    boundaryMatters: [
      {
        seq: '4',
        title: '石油化工和煤化工\n行业管理',
        source: src(10),
        cases: ['炼油由区发展和改革局管理'],
        bases: [{ raw: '《节约能源法》', title: '节约能源法', docNumber: null, articles: [], kind: 'law' }],
        assignments: [
          {
            agencyRaw: '洪江区经信局',
            agencies: ['洪江区经信局'],
            generic: false,
            division: '其他石油化工',
            bases: [{ raw: '洪管办发〔2012〕32号', title: null, docNumber: '洪管办发〔2012〕32号', articles: [], kind: 'staffing' }],
            case: null,
            role: null,
            source: src(11),
          },
          {
            agencyRaw: '区发改局',
            agencies: ['洪江区发改局'],
            generic: false,
            division: '炼油、燃料乙醇',
            bases: [],
            case: null,
            role: 'lead',
            source: src(12),
          },
          { agencyRaw: '其他有关部门', agencies: [], generic: true, division: '配合', bases: [], case: null, role: null, source: src(13) },
        ],
      },
    ],
    services: [{ seq: '1', title: '电力法规宣传', content: null, units: ['电力执法大队'], phones: ['13973079744'], source: src(20) }],
    supervision: [],
  };
}

describe('buildDocumentRows', () => {
  const rows = buildDocumentRows(
    '/d/f.txt',
    [department()],
    [],
    aliasIndex([{ canonical: '洪江区发改局', aliases: ['区发展和改革局'], jurisdiction: place }]),
  );

  it('builds the jurisdiction chain county -> city -> province', () => {
    expect(rows.jurisdictions.map((j) => [j.key, j.parentKey])).toEqual([
      ['湖南省/怀化市/洪江区', '湖南省/怀化市/'],
      ['湖南省/怀化市/', '湖南省//'],
      ['湖南省//', null],
    ]);
  });

  it('keys a matter by its title without whitespace', () => {
    expect(rows.matters.map((m) => m.key)).toEqual([matterKey('湖南省/怀化市/洪江区', '石油化工和煤化工行业管理')]);
  });

  it('keeps a generic cell as a responsibility held by no agency', () => {
    expect(rows.responsibilities.map((r) => r.agencyKeys.length)).toEqual([1, 1, 0]);
  });

  it('lets rows without their own basis inherit the matter bases', () => {
    expect(rows.restsOn.map((r) => [r.basisKey, r.inherited])).toEqual([
      ['洪管办发〔2012〕32号', false],
      ['节约能源法', true],
      ['节约能源法', true],
    ]);
  });

  it('takes aliases from the loader’s merges only (the loader decides every name)', () => {
    const fagai = rows.agencies.find((a) => a.name === '洪江区发改局');
    expect(fagai?.aliases).toEqual(['区发展和改革局']);
  });

  it('counts every row', () => {
    expect(rowCount(rows)).toBe(3 + 2 + 1 + 1 + 3 + 2 + 3 + 1 + 1 + 2 + 1);
  });
});
