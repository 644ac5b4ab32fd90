// Rulings (协调意见) against the real Neo4j: a ruling on a matter the lists contradict each
// other on puts its lead agency first in whoHandles, whereToComplain and ask; a later ruling
// supersedes it (history kept); a withdrawal makes the answers revert to exactly the lists'
// answers; readers asking while rulings are written see a whole before-or-after answer; a
// reload or unload of the lists keeps the rulings; refused input writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../graph/audit/audit.js';
import { readQuery } from '../../../graph/driver.js';
import { GraphError } from '../../../graph/errors.js';
import { recordRuling, type RulingInput, rulingsForMatters, rulingsIn, withdrawRuling } from '../../../graph/rulings/repository.js';
import { rulingKey, todayInChina } from '../../../graph/rulings/ruling.js';
import { route } from '../../../graph/search/route.js';
import { matterKey } from '../../../domain/matter-title.js';
import { api, errorCodes, gql } from '../api/client.js';
import { uniqueTag } from '../fixtures.js';
import { type PrivateCounty, privateCounty, RULED_MATTER } from './fixture.js';

const ANSWER = `agency { key name } kind key matter { key title } division role score confidence coverage highlights
  source { file line endLine }
  ruling { key reference kind current supersedes decidedBy lead { agency { key name } division } cooperating { agency { key name } division } }`;
const WHO = `query($q: String!, $j: String) { whoHandles(question: $q, jurisdiction: $j, first: 10) { ${ANSWER} } }`;
const COMPLAIN = `query($q: String!, $j: String) { whereToComplain(question: $q, jurisdiction: $j, first: 10) {
  agency { key name } unit phones reason service score confidence coverage source { file line } ruling { key reference } } }`;
const ASK = `query($q: String!, $j: String) { ask(question: $q, jurisdiction: $j, first: 10) {
  coverage confidence message answers { ${ANSWER} } contacts { agency { key } phones reason coverage ruling { key } } } }`;

interface AnswerShape {
  agency: { key: string; name: string };
  kind: string;
  key: string;
  division: string;
  role: string | null;
  confidence: number;
  coverage: string;
  matter: { key: string | null; title: string };
  ruling: {
    key: string;
    reference: string;
    current: boolean;
    lead: { agency: { key: string }; division: string } | null;
    cooperating: Array<{ agency: { key: string }; division: string }>;
  } | null;
}
interface ComplaintShape {
  agency: { key: string };
  phones: string[];
  reason: string;
  coverage: string;
  confidence: number;
  ruling: { key: string } | null;
}

const QUESTION = `${RULED_MATTER}由哪个部门负责？`;

let county: PrivateCounty;
let tag: string;
/** Questions about other matters of the same lists (their titles, read from the seed). */
let otherQuestions: string[];

const who = async (q: string) => {
  const r = await gql<{ whoHandles: AnswerShape[] }>(WHO, { q, j: county.county });
  expect(r.errors).toBeUndefined();
  return r.data!.whoHandles;
};
const complain = async (q: string) => {
  const r = await gql<{ whereToComplain: ComplaintShape[] }>(COMPLAIN, { q, j: county.county });
  expect(r.errors).toBeUndefined();
  return r.data!.whereToComplain;
};
const askQ = async (q: string) => {
  const r = await gql<{
    ask: { coverage: string; confidence: number; message: string; answers: AnswerShape[]; contacts: ComplaintShape[] };
  }>(ASK, { q, j: county.county });
  expect(r.errors).toBeUndefined();
  return r.data!.ask;
};
const everything = async (q: string) => ({ who: await who(q), complain: await complain(q), ask: await askQ(q) });

const audit = (action: string, target: string): AuditEntry => ({
  actor: 'rulings-test',
  role: 'editor',
  action,
  target,
  address: '127.0.0.1',
  requestId: `test-${tag}`,
  summary: `${action} ${target}`,
});

const decidedBy = () => `规测${tag}区机构编制委员会办公室`;
const reference = (n: number) => `规编办函〔2026〕${tag}${n}号`;

function decision(n: number, lead: string, cooperating: string[], decidedOn = '2026-11-20'): RulingInput {
  return {
    jurisdiction: county.county,
    matter: RULED_MATTER,
    lead: { agency: lead, division: `负责出生人口性别比治理的组织、协调和监督（第${n}次协调）` },
    cooperating: cooperating.map((agency) => ({ agency, division: '配合开展B超管理和终止妊娠手术管理' })),
    basis: '《中华人民共和国人口与计划生育法》第三十五条；区编委会议纪要',
    decidedBy: decidedBy(),
    decidedOn,
    reference: reference(n),
  };
}

/** Rulings and audit entries of this test's county: what a refused write must leave unchanged. */
async function written(): Promise<{ rulings: number; audits: number; matters: number }> {
  const [r] = await readQuery(
    `CALL () { MATCH (r:Ruling) WHERE r.jurisdictionKey = $j RETURN count(r) AS rulings }
     CALL () { MATCH (e:AuditEntry) WHERE e.requestId = $requestId RETURN count(e) AS audits }
     CALL () { MATCH (m:Matter) WHERE m.jurisdictionKey = $j RETURN count(m) AS matters }
     RETURN rulings, audits, matters`,
    { j: county.jurisdictionKey, requestId: `test-${tag}` },
  );
  return { rulings: Number(r!.get('rulings')), audits: Number(r!.get('audits')), matters: Number(r!.get('matters')) };
}

async function refusal(write: Promise<unknown>): Promise<GraphError> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphError);
  return error as GraphError;
}

/** The two agencies whose own lists each name themselves lead for the matter, as the ranking orders them. */
let listed: AnswerShape[];
let before: Awaited<ReturnType<typeof everything>>;
let othersBefore: Array<Awaited<ReturnType<typeof everything>>>;

beforeAll(async () => {
  tag = uniqueTag('rul');
  county = await privateCounty(tag);
  await county.load();
  await api();
  otherQuestions = county.run.result.departments
    .flatMap((d) => d.boundaryMatters.map((m) => m.title.replace(/\s+/g, '')))
    .filter((t) => t !== RULED_MATTER && !t.includes('性别'))
    .slice(0, 2)
    .map((t) => `${t}归哪个部门管？`);
  before = await everything(QUESTION);
  othersBefore = await Promise.all(otherQuestions.map(everything));
  const publishers = new Set(county.run.result.departments.map((d) => d.name));
  listed = before.who.filter((a) => a.matter.title.replace(/\s+/g, '') === RULED_MATTER && publishers.has(a.agency.name));
}, 240_000);
afterAll(async () => (await api()).close());

describe('a ruling on a matter the lists contradict each other on', () => {
  it('starts from lists that name two leads (the contradiction a ruling settles)', () => {
    expect(before.who.length).toBeGreaterThan(2);
    expect(before.who.every((a) => a.kind !== 'ruling' && a.ruling === null)).toBe(true);
    expect(before.ask.coverage).not.toBe('RULING');
    expect(listed.map((a) => a.role)).toEqual(['lead', 'lead']);
    expect(otherQuestions).toHaveLength(2);
  });

  it('puts the ruling lead first, then its cooperating agencies, saying it is a 协调意见', async () => {
    // The lead the lists do NOT rank first, typed by its short name, so the ruling changes the answer.
    const [first, second] = listed;
    const leadShort = second!.agency.name.includes('计划生育') ? '区人口计生局' : '区卫生局';
    const record = await recordRuling(decision(1, leadShort, [first!.agency.name]), audit('recordRuling', reference(1)));
    expect(record.lead?.agencyKey).toBe(second!.agency.key);
    expect(record.cooperating.map((c) => c.agencyKey)).toEqual([first!.agency.key]);
    expect(record).toMatchObject({ kind: 'decision', current: true, supersedes: null, reference: reference(1) });
    expect(record.key).toBe(rulingKey(county.jurisdictionKey, reference(1)));

    const after = await everything(QUESTION);
    const [lead, coop, ...rest] = after.who;
    expect(lead).toMatchObject({ kind: 'ruling', coverage: 'RULING', role: 'lead', key: record.key });
    expect(lead!.agency.key).toBe(second!.agency.key);
    expect(lead!.division).toBe(`依据 ${decidedBy()} ${reference(1)} 协调意见：${record.lead!.division}`);
    expect(lead!.ruling).toMatchObject({ key: record.key, reference: reference(1), current: true });
    expect(lead!.ruling!.lead!.agency.key).toBe(second!.agency.key);
    expect(coop).toMatchObject({ kind: 'ruling', coverage: 'RULING', role: 'cooperate' });
    expect(coop!.agency.key).toBe(first!.agency.key);
    expect(lead!.confidence).toBeGreaterThan(coop!.confidence);
    expect(coop!.confidence).toBeGreaterThanOrEqual(0.5);
    // The lists' other agencies follow in their order, only possibly related now.
    const ruled = new Set([first!.agency.key, second!.agency.key]);
    expect(rest.map((a) => a.agency.key)).toEqual(
      before.who
        .filter((a) => !ruled.has(a.agency.key))
        .map((a) => a.agency.key)
        .slice(0, rest.length),
    );
    expect(rest.every((a) => a.kind !== 'ruling' && a.confidence < 0.5)).toBe(true);

    const door = after.complain[0]!;
    expect(door.agency.key).toBe(second!.agency.key);
    expect(door).toMatchObject({ coverage: 'RULING', ruling: { key: record.key } });
    expect(door.reason).toContain(`${reference(1)}协调意见`);
    expect(door.reason).toContain(`由${second!.agency.name}牵头负责`);
    // The lead's own service-table phones, as for a list answer.
    const routing = await route({ question: QUESTION, jurisdiction: county.county, first: 10 });
    expect(door.phones).toEqual(routing.contactsOf(second!.agency.key).phones);
    expect(after.complain[1]!.reason).toContain(`${first!.agency.name}配合`);

    expect(after.ask.coverage).toBe('RULING');
    expect(after.ask.message).toContain(`${reference(1)}协调意见`);
    expect(after.ask.message).toContain(`由${second!.agency.name}牵头负责`);
    expect(after.ask.answers[0]).toEqual(lead);
    expect(after.ask.contacts[0]!.ruling).toEqual({ key: record.key });
    expect(after.ask.confidence).toBe(lead!.confidence);
  });

  it('leaves questions about other matters exactly as they were', async () => {
    expect(await Promise.all(otherQuestions.map(everything))).toEqual(othersBefore);
  });

  it('is superseded by a later ruling: history of two, the second in force', async () => {
    const [first] = listed;
    const record = await recordRuling(decision(2, first!.agency.name, [], '2026-11-25'), audit('recordRuling', reference(2)));
    expect(record).toMatchObject({ current: true, supersedes: rulingKey(county.jurisdictionKey, reference(1)), cooperating: [] });
    const history = await rulingsIn(county.county, RULED_MATTER);
    expect(history.map((r) => [r.reference, r.current])).toEqual([
      [reference(2), true],
      [reference(1), false],
    ]);
    expect(await rulingsForMatters([matterKey(county.jurisdictionKey, RULED_MATTER)])).toEqual(history);
    const answers = await who(QUESTION);
    expect(answers[0]).toMatchObject({ kind: 'ruling', key: record.key, agency: { key: first!.agency.key } });
    expect(answers[1]!.kind).not.toBe('ruling');
  });

  it('refuses a backdated withdrawal, an unknown agency, a taken reference, a future date, and writes nothing', async () => {
    const counts = await written();
    const unknown = await refusal(recordRuling(decision(3, '区不存在局', []), audit('recordRuling', reference(3))));
    expect(unknown.code).toBe('UNKNOWN_AGENCY');
    const taken = await refusal(recordRuling(decision(1, listed[0]!.agency.name, []), audit('recordRuling', reference(1))));
    expect(taken).toMatchObject({ code: 'INVALID_RULING', details: { field: 'reference' } });
    const tomorrow = new Date(Date.parse(`${todayInChina()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await refusal(recordRuling(decision(4, listed[0]!.agency.name, [], tomorrow), audit('recordRuling', reference(4))));
    expect(future).toMatchObject({ code: 'INVALID_RULING', details: { field: 'decidedOn' } });
    const sameLead = await refusal(
      recordRuling(decision(5, listed[0]!.agency.name, [listed[0]!.agency.name]), audit('recordRuling', reference(5))),
    );
    expect(sameLead.code).toBe('INVALID_RULING');
    const early = await refusal(
      withdrawRuling(
        {
          jurisdiction: county.county,
          matter: RULED_MATTER,
          reference: reference(6),
          decidedBy: decidedBy(),
          decidedOn: '2026-11-01',
          basis: '撤销',
        },
        audit('withdrawRuling', reference(6)),
      ),
    );
    expect(early).toMatchObject({ code: 'INVALID_RULING', details: { field: 'decidedOn' } });
    expect(await written()).toEqual(counts);
  });

  it('keeps its rulings through a forced reload and an unload of the lists', async () => {
    const key = matterKey(county.jurisdictionKey, RULED_MATTER);
    const history = await rulingsForMatters([key]);
    await county.load(true);
    expect(await rulingsForMatters([key])).toEqual(history);
    expect((await who(QUESTION))[0]!.key).toBe(history[0]!.key);
    await county.unload();
    // Unloaded lists leave the ruling with its matter and agencies (the writer's pruning keeps them).
    expect(await rulingsForMatters([key])).toEqual(history);
    const [kept] = await readQuery(
      `MATCH (r:Ruling {key: $key})-[:ON]->(m:Matter), (r)-[:LEAD]->(a:Agency)-[:IN]->(j:Jurisdiction)
       RETURN m.key AS matter, a.key AS agency, j.key AS place`,
      { key: history[0]!.key },
    );
    expect(kept?.get('matter')).toBe(key);
    expect(kept?.get('agency')).toBe(history[0]!.lead!.agencyKey);
    expect(kept?.get('place')).toBe(county.jurisdictionKey);
    await county.load();
    expect((await who(QUESTION))[0]!.key).toBe(history[0]!.key);
  }, 120_000);

  it('is withdrawn by a ruling too: the answers revert to exactly the lists’ answers', async () => {
    const record = await withdrawRuling(
      {
        jurisdiction: county.county,
        matter: RULED_MATTER,
        reference: reference(7),
        decidedBy: decidedBy(),
        decidedOn: '2026-11-28',
        basis: '职责已由编办另行明确',
      },
      audit('withdrawRuling', reference(7)),
    );
    expect(record).toMatchObject({
      kind: 'withdrawal',
      current: true,
      lead: null,
      cooperating: [],
      supersedes: rulingKey(county.jurisdictionKey, reference(2)),
    });
    expect((await rulingsIn(county.county, RULED_MATTER)).map((r) => [r.reference, r.kind, r.current])).toEqual([
      [reference(7), 'withdrawal', true],
      [reference(2), 'decision', false],
      [reference(1), 'decision', false],
    ]);
    expect(await everything(QUESTION)).toEqual(before);
    const counts = await written();
    const nothing = await refusal(
      withdrawRuling(
        {
          jurisdiction: county.county,
          matter: RULED_MATTER,
          reference: reference(8),
          decidedBy: decidedBy(),
          decidedOn: '2026-11-29',
          basis: '再撤销',
        },
        audit('withdrawRuling', reference(8)),
      ),
    );
    expect(nothing).toMatchObject({ code: 'INVALID_RULING', details: { field: 'matter' } });
    expect(await written()).toEqual(counts);
  });

  it('gives readers asking while rulings are recorded and withdrawn a whole answer of one state', async () => {
    const [first, second] = listed;
    const fingerprint = (answers: AnswerShape[]) => JSON.stringify(answers);
    const states = new Set([fingerprint(before.who)]);
    const seen: AnswerShape[][] = [];
    let stop = false;
    const readers = Array.from({ length: 4 }, async () => {
      while (!stop) seen.push(await who(QUESTION));
    });
    for (let n = 10; n < 14; n++) {
      const lead = n % 2 ? first! : second!;
      const other = n % 2 ? second! : first!;
      await recordRuling(decision(n, lead.agency.name, [other.agency.name], '2026-11-30'), audit('recordRuling', reference(n)));
      states.add(fingerprint(await who(QUESTION)));
    }
    await withdrawRuling(
      {
        jurisdiction: county.county,
        matter: RULED_MATTER,
        reference: reference(20),
        decidedBy: decidedBy(),
        decidedOn: '2026-11-30',
        basis: '撤销',
      },
      audit('withdrawRuling', reference(20)),
    );
    states.add(fingerprint(await who(QUESTION)));
    stop = true;
    await Promise.all(readers);
    console.log(`readers during rulings: ${seen.length} answers, ${new Set(seen.map(fingerprint)).size} of ${states.size} states seen`);
    expect(seen.length).toBeGreaterThan(0);
    // Never a ruling answer without its cooperating agency, never a state no committed graph had.
    for (const answers of seen) {
      if (answers[0]!.kind === 'ruling') {
        expect(answers[0]!.ruling!.cooperating.map((c) => c.agency.key)).toEqual([answers[1]!.agency.key]);
        expect(answers[1]!.kind).toBe('ruling');
      }
      expect(states.has(fingerprint(answers))).toBe(true);
    }
    expect(fingerprint(await who(QUESTION))).toBe(fingerprint(before.who));
  }, 120_000);
});

describe('a ruling on a matter no list names', () => {
  const title = '共享单车乱停放治理';
  const question = '共享单车乱停放由谁管？';

  it('creates the matter with its provenance, answers from it, and keeps it when the lists are unloaded', async () => {
    const key = matterKey(county.jurisdictionKey, title);
    expect(await readQuery('MATCH (m:Matter {key: $key}) RETURN m', { key })).toHaveLength(0);
    const [a, b] = listed;
    const record = await recordRuling(
      { ...decision(40, a!.agency.name, [b!.agency.name]), matter: title },
      audit('recordRuling', reference(40)),
    );
    expect(record).toMatchObject({ matterKey: key, matterTitle: title, current: true });
    const [created] = await readQuery(
      'MATCH (m:Matter {key: $key})-[:IN]->(j:Jurisdiction) RETURN m.createdByRuling AS by, j.key AS place',
      { key },
    );
    expect(created?.toObject()).toEqual({ by: record.key, place: county.jurisdictionKey });
    const answers = await who(question);
    expect(answers[0]).toMatchObject({ kind: 'ruling', key: record.key, agency: { key: a!.agency.key }, matter: { key, title } });
    expect(answers[1]).toMatchObject({ kind: 'ruling', agency: { key: b!.agency.key } });
    // The matter's key finds it as well as its title.
    expect((await rulingsIn(county.county, key)).map((r) => r.key)).toEqual([record.key]);
    await county.unload();
    expect(await readQuery('MATCH (m:Matter {key: $key}) RETURN m', { key })).toHaveLength(1);
    expect((await rulingsForMatters([key])).map((r) => [r.key, r.lead?.agencyKey])).toEqual([[record.key, a!.agency.key]]);
    await county.load();
  }, 120_000);
});

describe('recordRuling over HTTP', () => {
  it('refuses a write without a token as UNAUTHENTICATED and writes nothing', async () => {
    const counts = await written();
    const r = await gql(`mutation($input: RulingInput!) { recordRuling(input: $input) { key } }`, {
      input: decision(30, listed[0]!.agency.name, []),
    });
    expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    expect(await written()).toEqual(counts);
  });

  it('lists a jurisdiction’s rulings, newest first, with their agencies', async () => {
    const r = await gql<{ rulings: Array<{ reference: string; current: boolean; kind: string }> }>(
      `query($j: String!, $m: String) { rulings(jurisdiction: $j, matter: $m) { reference current kind lead { agency { key name aliases } division } } }`,
      { j: county.county, m: RULED_MATTER },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.rulings.map((x) => x.reference)).toEqual((await rulingsIn(county.county, RULED_MATTER)).map((x) => x.reference));
    expect(r.data!.rulings[0]).toMatchObject({ reference: reference(20), current: true, kind: 'withdrawal' });
  });
});
