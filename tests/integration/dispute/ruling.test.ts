// A ruling beats the lists in the dossier: in a synthetic county of its own (so no other test
// sees the ruling), 甲局's list makes 甲局 the lead of 河道采砂管理 with 乙局 cooperating; the
// dossier proposes 甲局 from the division texts until a ruling gives the lead to 乙局.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../graph/audit/audit.js';
import { recordRuling } from '../../../graph/rulings/repository.js';
import { writeLoad } from '../../../graph/writer.js';
import { api, gql } from '../api/client.js';
import { synthetic, uniqueTag } from '../fixtures.js';

const tag = uniqueTag('dispute');
const place = synthetic(tag);
const county = `测试县${tag}`;

beforeAll(async () => {
  await writeLoad(place.result, place.docs);
  await api();
}, 240_000);
afterAll(async () => (await api()).close());

const QUERY = `query($jurisdiction: String!, $question: String!, $agencies: [String!]!) {
  dispute(jurisdiction: $jurisdiction, question: $question, agencies: $agencies) {
    matters { title } rulings { reference current }
    proposal { decided level text lead { name } cooperating { name } evidence { level reference statement source { file line } } }
  } }`;

type Result = {
  dispute: {
    matters: Array<{ title: string }>;
    rulings: Array<{ reference: string; current: boolean }>;
    proposal: {
      decided: boolean;
      level: string;
      text: string;
      lead: { name: string } | null;
      cooperating: Array<{ name: string }>;
      evidence: Array<{ level: string; reference: string | null; statement: string; source: { file: string; line: number } | null }>;
    };
  };
};

const ask = async () => {
  const r = await gql<Result>(QUERY, { jurisdiction: county, question: '河道采砂管理', agencies: ['甲局', '乙局'] });
  expect(r.errors).toBeUndefined();
  return r.data!.dispute;
};

const audit: AuditEntry = {
  actor: 'dispute-test',
  role: 'editor',
  action: 'recordRuling',
  target: tag,
  address: '127.0.0.1',
  requestId: `test-${tag}`,
  summary: 'recordRuling',
};

describe('a ruling in the dossier', () => {
  it('proposes from the lists, then from the ruling once one is in force', async () => {
    const before = await ask();
    expect(before.matters.map((m) => m.title)).toEqual(['河道采砂管理']);
    expect(before.rulings).toEqual([]);
    // 甲局's row is 主办 and 乙局's 协办 (synthetic fixture): the division texts decide.
    expect(before.proposal).toMatchObject({
      decided: true,
      level: 'division',
      lead: { name: `${county}甲局` },
      cooperating: [{ name: `${county}乙局` }],
    });
    expect(before.proposal.evidence[0]!.source!.line).toBe(11);

    const reference = `测编办函〔2026〕${tag}号`;
    await recordRuling(
      {
        jurisdiction: county,
        matter: '河道采砂管理',
        lead: { agency: '乙局', division: '负责河道采砂的许可和监督检查' },
        cooperating: [{ agency: '甲局', division: '配合' }],
        basis: '县编委会议纪要',
        decidedBy: `${county}机构编制委员会办公室`,
        decidedOn: '2026-11-20',
        reference,
      },
      audit,
    );
    const after = await ask();
    expect(after.rulings).toEqual([{ reference, current: true }]);
    expect(after.proposal).toMatchObject({
      decided: true,
      level: 'ruling',
      lead: { name: `${county}乙局` },
      cooperating: [{ name: `${county}甲局` }],
    });
    expect(after.proposal.evidence[0]).toMatchObject({ level: 'ruling', reference, source: null });

    const url = `${(await api()).url}/export/dispute.docx?${new URLSearchParams([
      ['jurisdiction', county],
      ['question', '河道采砂管理'],
      ['agencies', '甲局'],
      ['agencies', '乙局'],
    ])}`;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const xml = await (await JSZip.loadAsync(await res.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml).toContain(reference);
    expect(xml).toContain(`建议由${county}乙局主办`);
  });
});
