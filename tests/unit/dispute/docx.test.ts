import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../../api/dispute/dispute.export.js';
import { chineseNumber, dossierDocx } from '../../../api/dispute/dossier-docx.js';
import { type Dossier, UNDECIDED } from '../../../graph/dispute/dossier.js';
import { basis, HEALTH, PLANNING, row } from './fixtures.js';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the Chinese name percent-encoded as RFC 5987 asks (no raw quote or parentheses)', () => {
    const name = "职责界定意见（草稿）-蒸湘区-B超(两非)'*.docx";
    const header = contentDisposition(name);
    expect(header.startsWith('attachment; filename="dispute.docx"; filename*=UTF-8\'\'')).toBe(true);
    const encoded = header.split("UTF-8''")[1]!;
    expect(encoded).toMatch(/^[A-Za-z0-9%!#$&+.^_`|~-]+$/);
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});

describe('chineseNumber', () => {
  it('writes section numbers as a document does', () => {
    expect([1, 5, 10, 11, 20, 23].map(chineseNumber)).toEqual(['一', '五', '十', '十一', '二十', '二十三']);
  });
});

describe('dossierDocx', () => {
  it('lays out the sections, both agencies, their bases and every source in the appendix', async () => {
    const law = { ...basis([{ who: HEALTH, phrase: '卫生行政部门' }], '人口与计划生育法'), docNumber: '主席令第63号' };
    const a = row(HEALTH, '负责B超管理', { role: 'lead', bases: [law], line: 8747 });
    const b = row(PLANNING, '负责B超管理', { role: 'lead', list: '乙', line: 9822 });
    const dossier: Dossier = {
      jurisdiction: { key: '测试省//测试县', name: '测试县' },
      question: '出生人口性别比治理',
      agencies: [HEALTH, PLANNING],
      matters: [{ key: a.matter.key, title: a.matter.title, reason: 'question', score: 90 }],
      sections: [
        { agency: HEALTH, rows: [a], duties: [] },
        { agency: PLANNING, rows: [b], duties: [] },
      ],
      others: [],
      contradictions: [],
      comparisons: [],
      rulings: [],
      proposal: { decided: false, level: 'division', lead: null, cooperating: [], text: UNDECIDED, evidence: [], conflicting: [] },
      note: null,
    };
    const zip = await JSZip.loadAsync(await dossierDocx(dossier, '2026-12-01'));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of [
      '职责界定意见（草稿）',
      '争议事项',
      '一、各部门清单载明的职责',
      '五、初步意见',
      '附：出处',
      HEALTH.name,
      PLANNING.name,
      '《人口与计划生育法》（主席令第63号）第三条',
      UNDECIDED,
      '2026年12月1日',
    ])
      expect(xml, text).toContain(text);
    expect(xml).toContain('a.txt 第 8747 行（甲局责任清单）');
    expect(xml).toContain('a.txt 第 9822 行（乙局责任清单）');
  });
});
