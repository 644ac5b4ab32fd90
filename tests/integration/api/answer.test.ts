import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../fixtures.js';
import { api, errorCodes, gql } from './client.js';

interface AnswerShape {
  agency: { name: string; aliases: string[] };
  matter: { title: string };
  division: string;
  bases: Array<{ title: string | null; docNumber: string | null }>;
  case: string | null;
  score: number;
  highlights: string[];
  role: string | null;
  jurisdiction: string;
  source: { file: string; line: number; endLine: number };
}

const WHO = `query($q: String!, $j: String, $n: Int) {
  whoHandles(question: $q, jurisdiction: $j, first: $n) {
    agency { name aliases } matter { title } division bases { title docNumber } case score highlights role
    jurisdiction source { file line endLine }
  }
}`;

const who = (q: string, j: string | null = null, n = 5) => gql<{ whoHandles: AnswerShape[] }>(WHO, { q, j, n });

beforeAll(async () => {
  await loadSeeds();
  await api();
}, 120_000);
afterAll(async () => (await api()).close());

describe('whoHandles', () => {
  it('finds an answer that lives in the division text, with its evidence', async () => {
    const r = await who('有企业想在我们区建炼油厂，行业上归哪个部门管？', '洪江区');
    expect(r.errors).toBeUndefined();
    const top = r.data!.whoHandles[0]!;
    expect(top.agency.name).toContain('发改');
    expect(top.matter.title).toContain('石油化工');
    expect(top.division).toContain('炼油');
    expect(top.highlights).toContain('炼油');
    expect(top.jurisdiction).toBe('洪江区');
    expect(path.basename(top.source.file)).toMatch(/^000_/);
    expect(top.source.line).toBeGreaterThan(0);
    expect(top.source.endLine).toBeGreaterThanOrEqual(top.source.line);
    expect(top.bases.length).toBeGreaterThan(0);
    expect(top.score).toBeGreaterThan(0);
  });

  it('answers the issue example from the Lingao boundary table', async () => {
    const r = await who('电力线路保护区里有人盖房子，该找哪个部门？', '临高县');
    const names = r.data!.whoHandles.slice(0, 3).map((a) => a.agency.name);
    expect(names.some((n) => n.includes('工信'))).toBe(true);
  });

  it('does not let question words drive the ranking', async () => {
    const plain = await who('炼油', '洪江区');
    const wordy = await who('请问炼油该找谁？哪个部门负责？怎么办？', '洪江区');
    expect(wordy.data!.whoHandles.map((a) => [a.agency.name, a.score])).toEqual(
      plain.data!.whoHandles.map((a) => [a.agency.name, a.score]),
    );
  });

  it('returns nothing for a question made only of question words', async () => {
    const r = await who('请问这个该找谁？怎么办？', '蒸湘区');
    expect(r.data!.whoHandles).toEqual([]);
  });

  it('keeps to the jurisdiction asked for, and searches everywhere without one', async () => {
    const there = await who('节能', '安化县', 10);
    expect(there.data!.whoHandles.length).toBeGreaterThan(0);
    expect(new Set(there.data!.whoHandles.map((a) => a.jurisdiction))).toEqual(new Set(['安化县']));
    const everywhere = await who('节能', null, 20);
    expect(new Set(everywhere.data!.whoHandles.map((a) => a.jurisdiction)).size).toBeGreaterThan(1);
  });

  it('accepts the district with its city as written (衡阳市蒸湘区)', async () => {
    const r = await who('烟花爆竹零售许可证', '衡阳市蒸湘区');
    expect(r.errors).toBeUndefined();
    expect(r.data!.whoHandles[0]?.jurisdiction).toBe('蒸湘区');
  });

  it('does not take a fragment of a name for a place', async () => {
    expect(errorCodes(await who('炼油', '湘区'))).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects an unknown jurisdiction with BAD_USER_INPUT naming it', async () => {
    const r = await who('炼油', '火星区');
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toContain('火星区');
    expect(r.errors![0]!.extensions?.stacktrace).toBeUndefined();
  });

  it('treats Lucene syntax in the question as text', async () => {
    const r = await who('炼油 AND (燃料 OR "乙醇") title:x* ~ \\ /', '洪江区');
    expect(r.errors).toBeUndefined();
    expect(r.data!.whoHandles[0]?.agency.name).toContain('发改');
  });

  it('refuses a page larger than the maximum', async () => {
    const r = await who('炼油', '洪江区', 1000);
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('whereToComplain', () => {
  const WHERE = `query($q: String!, $j: String) {
    whereToComplain(question: $q, jurisdiction: $j) { agency { name aliases } unit phones reason service score }
  }`;
  type Complaint = { agency: { name: string }; unit: string | null; phones: string[]; reason: string; service: string | null };

  it('gives the handling unit and phone from the public-service table', async () => {
    const r = await gql<{ whereToComplain: Complaint[] }>(WHERE, { q: '我开了个小厂，想找人做创业辅导和融资咨询', j: '洪江区' });
    expect(r.errors).toBeUndefined();
    const top = r.data!.whereToComplain[0]!;
    expect(top.unit).toBe('中小企业促进股');
    expect(top.phones).toContain('07457622012');
    expect(top.reason).toMatch(/^公共服务事项/);
  });

  it('falls back to the responsible agency from the boundary tables', async () => {
    const r = await gql<{ whereToComplain: Complaint[] }>(WHERE, { q: '邻居办丧事在马路边搭棚子，吵得睡不着', j: '蒸湘区' });
    const top = r.data!.whereToComplain[0]!;
    expect(top.service).toBeNull();
    expect(top.reason).toMatch(/^职责边界/);
    expect(top.reason).toContain('殡葬管理');
  });
});
