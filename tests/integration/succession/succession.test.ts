// Succession in the answers, against the real Neo4j (issue 13, items 2–3): a question about a
// matter 区食品药品监督管理局 holds in 蒸湘区 is answered with the body that holds it today (the
// national pattern, with its source); 市场监管局 typed today finds its predecessors' rows; an
// answer as of a day before the reform names the old body alone; a local record loaded from a
// table overrides the pattern in its county (LOCAL, file:line) and changes no ranking; a table
// with a bad row writes nothing and names the line; an editor's record is audited.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyJurisdictions, jurisdictionEvidence } from '../../../graph/repositories/evidence.repository.js';
import { graphVersion } from '../../../graph/version.js';
import { overlaps } from '../../../graph/analyses/service.js';
import { successionRecords } from '../../../graph/succession/repository.js';
import { jurisdictionKeys } from '../../../graph/search/jurisdiction.js';
import { buildEvidenceIndex, evidenceIndex, prepareTerms, rankAgencies, route } from '../../../graph/search/route.js';
import type { Answer } from '../../../graph/search/types.js';
import { answersOf } from '../../../graph/search/whoHandles.js';
import { whoHandles } from '../../../graph/search/whoHandles.js';
import { runSuccessionCli } from '../../../cli/succession.js';
import { bearer, editorToken } from '../../support/editor-token.js';
import { api, type GqlResponse, gql } from '../api/client.js';
import { loadSeeds, uniqueTag } from '../fixtures.js';
import { type SuccessionCounty, successionCounty, successionTable } from './fixture.js';

const PLAN = '《深化党和国家机构改革方案》';
const FOOD_DRUG = /食品药品监督管理局/;
const NOTE = `succession { text current steps { kind from to effective origin source { title docNumber issuer date } recordedAt { file line } } }`;
const WHO = `query($q: String!, $j: String) { whoHandles(question: $q, jurisdiction: $j, first: 10) {
  agency { key name } matter { title } division score source { file line listDate { year } } ${NOTE} } }`;
const COMPLAIN = `query($q: String!, $j: String) { whereToComplain(question: $q, jurisdiction: $j, first: 10) {
  agency { key name } phones reason ${NOTE} } }`;
const ASK = `query($q: String!, $j: String) { ask(question: $q, jurisdiction: $j, first: 10) { coverage message answers { agency { name } } } }`;

interface NoteShape {
  text: string;
  current: string[];
  steps: Array<{
    kind: string;
    from: string;
    to: string[];
    effective: string;
    origin: string;
    source: { title: string; docNumber: string | null; issuer: string; date: string };
    recordedAt: { file: string; line: number } | null;
  }>;
}
interface AnswerShape {
  agency: { key: string; name: string };
  matter: { title: string };
  division: string;
  score: number;
  source: { file: string; line: number; listDate: { year: number | null } };
  succession: NoteShape | null;
}

const VACCINE = '疫苗监管归哪个部门管？';

/** An agency of the county as answers carry it. */
const agencyIn = (county: SuccessionCounty, name: string) => ({
  key: `${county.jurisdictionKey}|${name}`,
  name,
  aliases: [],
  jurisdiction: county.county,
});

const quiet = { out: () => undefined, err: () => undefined, connect: async () => ({ close: async () => undefined }) };

async function cli(argv: string[]): Promise<{ exit: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runSuccessionCli(argv, { ...quiet, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { exit, out, err };
}

/** What ranking an answer list shows: agencies, order, scores, cited rows (not the succession notes). */
const ranking = (answers: ReadonlyArray<Pick<Answer, 'agency' | 'score' | 'source' | 'key'>>) =>
  answers.map((a) => ({ agency: a.agency.key, score: a.score, key: a.key, line: a.source.line }));

let editor: string;

beforeAll(async () => {
  // Before the server starts: it reads the token file it is pointed at then.
  editor = editorToken(
    `succession-editor-${uniqueTag('e')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-6)}`,
  );
  await loadSeeds();
  await api();
}, 180_000);

afterAll(async () => (await api()).close());

describe('answers about an agency the reform ended (蒸湘区, the national pattern)', () => {
  it('names 区市场监督管理局 for a matter the list gives 区食品药品监督管理局, with the reform plan as its source', async () => {
    const r = await gql<{ whoHandles: AnswerShape[] }>(WHO, { q: VACCINE, j: '蒸湘区' });
    expect(r.errors).toBeUndefined();
    const answer = r.data!.whoHandles.find((a) => FOOD_DRUG.test(a.agency.name));
    expect(answer, JSON.stringify(r.data!.whoHandles.map((a) => a.agency.name))).toBeDefined();
    const note = answer!.succession!;
    expect(note.current).toEqual(['区市场监督管理局']);
    // The year of the list the answer cites, when the list states one (清单（2016）载明).
    const year = answer!.source.listDate.year;
    expect(note.text).toBe(
      `清单${year ? `（${year}）` : ''}载明由${answer!.agency.name}负责；按 2019 年机构改革，该职责现由区市场监督管理局承担`,
    );
    expect(note.steps).toHaveLength(1);
    expect(note.steps[0]).toMatchObject({
      kind: 'merged_into',
      origin: 'NATIONAL_PATTERN',
      to: ['市场监督管理局'],
      effective: '2019-03-31',
      source: { title: PLAN, issuer: '中共中央', docNumber: null },
      recordedAt: null,
    });
    // An agency that still exists under its list's name carries no note.
    const others = r.data!.whoHandles.filter((a) => /财政局|审计局/.test(a.agency.name));
    for (const a of others) expect(a.succession).toBeNull();
  });

  it('sends the public to the successor: whereToComplain says who handles it today, ask names the present body', async () => {
    const c = await gql<{
      whereToComplain: Array<{ agency: { name: string }; phones: string[]; reason: string; succession: NoteShape | null }>;
    }>(COMPLAIN, { q: VACCINE, j: '蒸湘区' });
    expect(c.errors).toBeUndefined();
    const door = c.data!.whereToComplain.find((a) => FOOD_DRUG.test(a.agency.name))!;
    expect(door.succession?.current).toEqual(['区市场监督管理局']);
    expect(door.reason).toContain('请向区市场监督管理局咨询或反映');
    if (door.phones.length) expect(door.reason).toContain('清单所载原机构电话');
    const a = await gql<{ ask: { coverage: string; message: string; answers: Array<{ agency: { name: string } }> } }>(ASK, {
      q: VACCINE,
      j: '蒸湘区',
    });
    expect(a.errors).toBeUndefined();
    if (a.data!.ask.coverage === 'LIST' && FOOD_DRUG.test(a.data!.ask.answers[0]!.agency.name)) {
      expect(a.data!.ask.message).toContain('该职责现由区市场监督管理局承担');
    }
  });

  it('as of a day before the reform, answers name the old bodies alone, with the same ranking', async () => {
    const today = await route({ question: VACCINE, jurisdiction: '蒸湘区', first: 10 });
    const before = await route({ question: VACCINE, jurisdiction: '蒸湘区', first: 10, asOf: '2018-12-31' });
    const now = answersOf(today, 10);
    const then = answersOf(before, 10);
    expect(then.every((a) => a.succession === null)).toBe(true);
    expect(ranking(then)).toEqual(ranking(now));
    expect(now.some((a) => a.succession?.current.includes('区市场监督管理局'))).toBe(true);
  });

  it('ranks a question naming no agency exactly as without the succession names', async () => {
    const version = await graphVersion();
    const keys = await jurisdictionKeys('蒸湘区', version);
    const index = await evidenceIndex(keys, version, agencyJurisdictions);
    // The same evidence without any succession: the agencies' own names only.
    const raw = await jurisdictionEvidence(keys!);
    const plain = buildEvidenceIndex(raw.agencies, raw.rulings);
    expect(index.successorMentionable.length).toBeGreaterThan(0);
    for (const q of [
      VACCINE,
      '餐饮具集中消毒谁来管',
      '小区旁边的养猪场臭气熏天，污水直接排到河里，谁来管？',
      '电力线路保护区里有人盖房子',
    ]) {
      const withSuccession = prepareTerms(q, index.mentionable, index.successorMentionable);
      const without = prepareTerms(q, plain.mentionable);
      expect(withSuccession, q).toEqual(without);
      const ranked = rankAgencies(withSuccession!, index).map((a) => [a.agency.key, a.score]);
      expect(ranked, q).toEqual(rankAgencies(without!, plain).map((a) => [a.agency.key, a.score]));
      const answers = await whoHandles({ question: q, jurisdiction: '蒸湘区', first: 10 });
      const listed = answers.filter((a) => a.coverage === 'LIST');
      expect(
        listed.map((a) => a.agency.key),
        q,
      ).toEqual(ranked.filter(([k]) => listed.some((a) => a.agency.key === k)).map(([k]) => k));
    }
  });
});

describe('names people type today', () => {
  it("市场监管局 in a question finds 蒸湘区's 食品药品监管局 / 工商局 rows on 餐饮具集中消毒", async () => {
    const answers = await whoHandles({ question: '市场监管局管不管餐饮具集中消毒', jurisdiction: '蒸湘区', first: 5 });
    expect(answers[0]?.agency.name).toMatch(/食品药品监督管理局|工商/);
    expect(answers[0]?.matter.title).toContain('餐饮具集中消毒');
    expect(answers[0]?.succession?.current.join('')).toContain('市场监督管理局');
    const version = await graphVersion();
    const index = await evidenceIndex(await jurisdictionKeys('蒸湘区', version), version, agencyJurisdictions);
    const mentioned = [...prepareTerms('市场监管局管不管餐饮具集中消毒', index.mentionable, index.successorMentionable)!.mentioned].map(
      (k) => k.split('|')[1],
    );
    expect(mentioned.some((n) => FOOD_DRUG.test(n!))).toBe(true);
    expect(mentioned.some((n) => /工商/.test(n!))).toBe(true);
    expect(mentioned.some((n) => /质监|质量技术监督/.test(n!))).toBe(true);
    expect(
      mentioned.every((n) => /食品药品|工商|质监|质量技术监督|物价/.test(n!)),
      mentioned.join('、'),
    ).toBe(true);
  });

  it('agencies(name: "市场监管局") returns the predecessors present in 蒸湘区, 应急局 the 安监局', async () => {
    const q = `query($n: String!) { agencies(jurisdiction: "蒸湘区", name: $n) { name } }`;
    const market = await gql<{ agencies: Array<{ name: string }> }>(q, { n: '市场监管局' });
    expect(market.errors).toBeUndefined();
    const names = market.data!.agencies.map((a) => a.name);
    expect(names.some((n) => FOOD_DRUG.test(n))).toBe(true);
    expect(names.some((n) => /工商/.test(n))).toBe(true);
    const emergency = await gql<{ agencies: Array<{ name: string }> }>(q, { n: '应急局' });
    expect(emergency.data!.agencies.map((a) => a.name)).toContain('衡阳市蒸湘区安全生产监督管理局');
  });
});

describe('typed agency names in analyses', () => {
  it("sharedMatters takes 应急局 as the 安监局 that ceased into it, and lists 市场监管局's several predecessors as candidates", async () => {
    const q = `query($a: [String!]!) { sharedMatters(jurisdiction: "蒸湘区", agencies: $a) { key title } }`;
    const today = await gql<{ sharedMatters: Array<{ key: string }> }>(q, { a: ['应急局', '卫生局'] });
    const listed = await gql<{ sharedMatters: Array<{ key: string }> }>(q, { a: ['衡阳市蒸湘区安全生产监督管理局', '卫生局'] });
    expect(today.errors).toBeUndefined();
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.sharedMatters.length).toBeGreaterThan(0);
    expect(today.data!.sharedMatters).toEqual(listed.data!.sharedMatters);
    const several = await gql(q, { a: ['市场监管局', '卫生局'] });
    expect(several.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(several.errors?.[0]?.message).toMatch(/食品药品监督管理局/);
  });
});

describe('the dispute dossier', () => {
  it("names the body that holds each party's duty now, and takes 应急局 typed today as the 安监局", async () => {
    const q = `query($a: [String!]!) { dispute(jurisdiction: "蒸湘区", question: "出生人口性别比治理", agencies: $a) {
      sections { agency { name } succession { text current steps { origin source { title } } } } } }`;
    const listed = await gql<{ dispute: { sections: Array<{ agency: { name: string }; succession: NoteShape | null }> } }>(q, {
      a: ['卫生局', '人口和计划生育局'],
    });
    expect(listed.errors).toBeUndefined();
    const sections = listed.data!.dispute.sections;
    expect(sections.map((s) => s.agency.name)).toEqual(['衡阳市蒸湘区卫生局', '衡阳市蒸湘区人口和计划生育局']);
    for (const s of sections) {
      expect(s.succession?.current).toEqual(['衡阳市蒸湘区卫生健康局']);
      expect(s.succession?.steps[0]).toEqual({ origin: 'NATIONAL_PATTERN', source: { title: PLAN } });
    }
    const safety = await gql<{ dispute: { sections: Array<{ agency: { name: string } }> } }>(q, { a: ['应急局', '卫生局'] });
    expect(safety.errors).toBeUndefined();
    expect(safety.data!.dispute.sections[0]!.agency.name).toBe('衡阳市蒸湘区安全生产监督管理局');
  });
});

describe('overlaps as of a date', () => {
  it('after the reform, agencies merged into one body no longer overlap each other; before it, nothing changes', async () => {
    const all = (asOf: string | null) => overlaps({ jurisdiction: '蒸湘区', kind: null, first: 100_000, minScore: 0, after: null, asOf });
    const written = await all(null);
    expect(await all('2018-06-30')).toEqual(written);
    // 国税 and 地税 were one 税务局 from 2018-07-20, before the rest of the reform.
    const tax = (f: { agencies: Array<{ name: string }> }) => f.agencies.length === 2 && f.agencies.every((a) => /国税|地税/.test(a.name));
    const endOf2018 = await all('2018-12-31');
    expect(endOf2018.some(tax)).toBe(false);
    expect(endOf2018.length).toBe(written.filter((f) => !tax(f)).length);
    const after = await all('2020-01-01');
    const names = (f: { agencies: Array<{ name: string }> }) => f.agencies.map((a) => a.name).join('、');
    // 卫生局 and 人口和计划生育局 contradict each other on 出生人口性别比治理: both are 卫生健康局 since 2019.
    const health = (f: { agencies: Array<{ name: string }> }) =>
      f.agencies.length === 2 && f.agencies.some((a) => /卫生局/.test(a.name)) && f.agencies.some((a) => /人口和计划生育局/.test(a.name));
    expect(written.some(health), written.map(names).slice(0, 20).join(' | ')).toBe(true);
    expect(after.some(health)).toBe(false);
    // What stays is what was there, in the same order; an overlap of a merged body with another body stays.
    const ids = new Set(after.map((f) => f.id));
    expect(written.filter((f) => ids.has(f.id))).toEqual(after);
    expect(after.length).toBeLessThan(written.length);
    expect(after.some((f) => f.agencies.some((a) => /卫生局/.test(a.name)))).toBe(true);

    const q = `query($asOf: String) { overlapMatrix(jurisdiction: "蒸湘区", asOf: $asOf) { edges { source target kind } } }`;
    const edges = async (asOf: string | null) =>
      (await gql<{ overlapMatrix: { edges: Array<{ source: string; target: string }> } }>(q, { asOf })).data!.overlapMatrix.edges;
    const pair = (e: { source: string; target: string }) =>
      /卫生局/.test(e.source + e.target) && /人口和计划生育局/.test(e.source + e.target);
    expect((await edges(null)).some(pair)).toBe(true);
    expect((await edges('2020')).some(pair)).toBe(false);
    const bad = await gql(q, { asOf: '2020-13-45' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('local records (a county of its own, copied from 蒸湘区)', () => {
  let county: SuccessionCounty;
  let tag: string;
  const header = ['辖区', '编号', '类型', '原机构', '承接机构', '生效日期', '依据文件', '发文机关', '文件日期', '文号'];

  beforeAll(async () => {
    tag = uniqueTag('succ')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-8);
    county = await successionCounty(tag);
  }, 180_000);

  it('a record loaded from a table overrides the national pattern (LOCAL, file:line) and changes no ranking', async () => {
    const beforeAnswers = await whoHandles({ question: VACCINE, jurisdiction: county.county, first: 10 });
    const food = beforeAnswers.find((a) => FOOD_DRUG.test(a.agency.name))!;
    expect(food.succession?.steps[0]?.origin).toBe('NATIONAL_PATTERN');

    const title = `《沿革${tag}区机构改革实施方案》`;
    const file = await successionTable(county.dir, 'succession.csv', [
      header,
      [
        county.county,
        'zx-1',
        '并入',
        '区食品药品监督管理局',
        '区市场监督管理局',
        '2019-02-28',
        title,
        `中共沿革${tag}区委`,
        '2019-02-20',
        `沿发〔2019〕${tag}号`,
      ],
    ]);
    const loaded = await cli(['load', file]);
    expect(loaded.err).toEqual([]);
    expect(loaded.exit).toBe(0);
    expect(loaded.out.join('')).toContain('已写入 1 条');

    const afterAnswers = await whoHandles({ question: VACCINE, jurisdiction: county.county, first: 10 });
    expect(ranking(afterAnswers)).toEqual(ranking(beforeAnswers));
    const note = afterAnswers.find((a) => a.agency.key === food.agency.key)!.succession!;
    expect(note.current).toEqual(['区市场监督管理局']);
    expect(note.text).toContain(title);
    expect(note.steps).toEqual([
      {
        kind: 'merged_into',
        from: '区食品药品监督管理局',
        to: ['区市场监督管理局'],
        effective: '2019-02-28',
        origin: 'LOCAL',
        source: { title, docNumber: `沿发〔2019〕${tag}号`, issuer: `中共沿革${tag}区委`, date: '2019-02-20' },
        recordedAt: { file: 'succession.csv', line: 2 },
      },
    ]);
    // Other bodies of the county keep the national pattern.
    const routing = await route({ question: VACCINE, jurisdiction: county.county, first: 10 });
    const quality = routing.successionOf(agencyIn(county, '区质监局'), '');
    expect(quality?.current).toEqual(['区市场监督管理局']);
    expect(quality?.steps[0]?.origin).toBe('NATIONAL_PATTERN');
    // Before the local record's day, nothing had happened to the body.
    const early = answersOf(await route({ question: VACCINE, jurisdiction: county.county, first: 10, asOf: '2019-02-27' }), 10);
    expect(early.find((a) => a.agency.key === food.agency.key)!.succession).toBeNull();

    // The same file loaded again replaces its records; the real 蒸湘区 keeps the pattern.
    const again = await cli(['load', file]);
    expect(again.exit).toBe(0);
    expect((await successionRecords([county.jurisdictionKey])).map((r) => [r.event.id, r.line])).toEqual([['zx-1', 2]]);
    const real = await whoHandles({ question: VACCINE, jurisdiction: '蒸湘区', first: 10 });
    expect(real.find((a) => FOOD_DRUG.test(a.agency.name))!.succession!.steps[0]!.origin).toBe('NATIONAL_PATTERN');
  });

  it('a table with a bad row writes nothing and names each bad line', async () => {
    const before = await successionRecords([county.jurisdictionKey]);
    const file = await successionTable(county.dir, 'bad.csv', [
      header,
      [county.county, 'zx-2', '更名', '区质监局', '区市场监督管理局', '2019-02-28', '《某方案》', '某机关', '2019-02-20', ''],
      [county.county, 'zx-3', '改名了', '区物价局', '区发改局', '2019-02-28', '《某方案》', '某机关', '2019-02-20', '某文号'],
      ['不存在的区', 'zx-4', '更名', '区物价局', '区发改局', '2019-02-28', '《某方案》', '某机关', '2019-02-20', '某文号'],
    ]);
    const r = await cli(['load', file]);
    expect(r.exit).toBe(1);
    const text = r.err.join('\n');
    expect(text).toContain(`${file}:3：`);
    expect(text).toContain('改名了');
    expect(text).toContain(`${file}:4：`);
    expect(text).toContain('不存在的区');
    // Row 2 lacks a document number and its reason: validateSuccession reports it at its line.
    expect(text).toContain(`${file}:2：`);
    expect(await successionRecords([county.jurisdictionKey])).toEqual(before);
    expect(await readFile(file, 'utf8')).toContain('zx-3');
  });

  it('recordSuccession: an editor records a local event, audited; without a token nothing is written', async () => {
    const { url } = await api();
    const post = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? bearer(token) : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as Omit<GqlResponse<T>, 'status'>) };
    };
    const RECORD = `mutation($input: SuccessionRecordInput!) { recordSuccession(input: $input) {
      key id kind from to effective sources { title docNumber } description file line recordedBy } }`;
    const input = {
      jurisdiction: county.county,
      id: 'zx-safety',
      kind: '并入',
      from: ['衡阳市蒸湘区安全生产监督管理局'],
      to: [{ agency: '区应急管理局', duties: null }],
      effective: '2019-03-05',
      title: `《沿革${tag}区机构改革实施方案》`,
      issuer: `中共沿革${tag}区委`,
      sourceDate: '2019-02-20',
      docNumber: `沿发〔2019〕${tag}号`,
    };
    const refused = await post(RECORD, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBeDefined();
    expect((await successionRecords([county.jurisdictionKey])).some((r) => r.event.id === 'zx-safety')).toBe(false);

    const ok = await post<{
      recordSuccession: { key: string; from: string[]; to: string[]; file: string | null; recordedBy: string; description: string };
    }>(RECORD, { input }, editor);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordSuccession).toMatchObject({
      from: ['衡阳市蒸湘区安全生产监督管理局'],
      to: ['区应急管理局'],
      file: null,
      recordedBy: expect.stringMatching(/^succession-editor-/),
    });
    expect(ok.data!.recordSuccession.description).toContain('并入区应急管理局');
    const audit = await post<{ auditLog: Array<{ action: string; target: string }> }>(
      `{ auditLog(first: 100) { action target } }`,
      {},
      editor,
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditLog.some((e) => e.action === 'recordSuccession' && e.target.includes(county.county))).toBe(true);

    const routing = await route({ question: VACCINE, jurisdiction: county.county, first: 10 });
    const note = routing.successionOf(agencyIn(county, '衡阳市蒸湘区安全生产监督管理局'), '')!;
    expect(note.current).toEqual(['区应急管理局']);
    expect(note.steps[0]).toMatchObject({ origin: 'LOCAL', recordedAt: null, effective: '2019-03-05', source: { title: input.title } });

    // The same number again is refused, and nothing more is written.
    const twice = await post(RECORD, { input }, editor);
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await successionRecords([county.jurisdictionKey])).filter((r) => r.event.id === 'zx-safety')).toHaveLength(1);
    expect(path.basename(county.dir)).toContain('succession');
  });
});
