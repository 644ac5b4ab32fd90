// Rulings through the API, as staff record them: with an editor token, agencies typed by
// their short names; the audit entry commits with the ruling; refused writes (bad input, a
// reader's token, no token) answer with their codes and write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuery } from '../../../graph/driver.js';
import { todayInChina } from '../../../graph/rulings/ruling.js';
import { api, type GqlResponse } from '../api/client.js';
import { uniqueTag } from '../fixtures.js';
import { bearer, editorToken, readerToken } from '../../support/editor-token.js';
import { type PrivateCounty, privateCounty, RULED_MATTER } from './fixture.js';

interface RulingShape {
  key: string;
  lead: { agency: { key: string; aliases: string[]; jurisdiction: string } };
}

let county: PrivateCounty;
let tag: string;
let editor: string;
let reader: string;

async function post<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> {
  const { url } = await api();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? bearer(token) : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GqlResponse<T>, 'status'>) };
}

const RECORD = `mutation($input: RulingInput!) { recordRuling(input: $input) {
  key reference kind current supersedes recordedBy lead { agency { key name aliases jurisdiction } division } cooperating { agency { name } division } } }`;
const WITHDRAW = `mutation($input: RulingWithdrawalInput!) { withdrawRuling(input: $input) { key kind current supersedes lead { division } } }`;
const WHO = `query($q: String!, $j: String) { whoHandles(question: $q, jurisdiction: $j, first: 10) {
  agency { key name } kind division coverage confidence source { file line } ruling { reference } } }`;

const reference = (n: number) => `规编办函〔2026〕${tag}H${n}号`;
const input = (n: number, lead: string, cooperating: string[], decidedOn = '2026-11-20') => ({
  jurisdiction: county.county,
  matter: RULED_MATTER,
  lead: { agency: lead, division: '牵头负责出生人口性别比综合治理' },
  cooperating: cooperating.map((agency) => ({ agency, division: '配合做好B超管理' })),
  basis: '区编委会议纪要',
  decidedBy: `规测${tag}区机构编制委员会办公室`,
  decidedOn,
  reference: reference(n),
});

/** What a refused write must leave unchanged: this county's rulings and matters, and audit entries naming its references. */
async function written(): Promise<string> {
  const [r] = await readQuery(
    `CALL () { MATCH (r:Ruling) WHERE r.jurisdictionKey = $j RETURN count(r) AS rulings }
     CALL () { MATCH (e:AuditEntry) WHERE e.target CONTAINS $tag RETURN count(e) AS audits }
     CALL () { MATCH (m:Matter) WHERE m.jurisdictionKey = $j RETURN count(m) AS matters }
     RETURN rulings, audits, matters`,
    { j: county.jurisdictionKey, tag },
  );
  return `${r!.get('rulings')}/${r!.get('audits')}/${r!.get('matters')}`;
}

const codes = (r: GqlResponse<unknown>): unknown[] => (r.errors ?? []).map((e) => e.extensions?.code);
const who = async () =>
  (await post<{ whoHandles: Array<Record<string, unknown>> }>(WHO, { q: `${RULED_MATTER}谁负责？`, j: county.county })).data!.whoHandles;

beforeAll(async () => {
  tag = uniqueTag('rulh');
  editor = editorToken(`rulings-editor-${tag}`);
  reader = readerToken(`rulings-reader-${tag}`);
  county = await privateCounty(tag);
  await county.load();
  await api();
}, 240_000);
afterAll(async () => (await api()).close());

describe('recordRuling and withdrawRuling over HTTP', () => {
  it('records a ruling with agencies typed by short names, audited in the same commit, and answers change', async () => {
    const before = await who();
    const r = await post<{ recordRuling: RulingShape }>(RECORD, { input: input(1, '区人口计生局', ['卫生局']) }, editor);
    expect(r.errors).toBeUndefined();
    const ruling = r.data!.recordRuling;
    expect(ruling).toMatchObject({ reference: reference(1), kind: 'decision', current: true, recordedBy: `rulings-editor-${tag}` });
    expect(ruling.lead.agency.aliases).toContain('区人口计生局');
    expect(ruling.lead.agency.jurisdiction).toBe(county.county);
    const [audit] = await readQuery(
      'MATCH (r:Ruling {key: $key}), (e:AuditEntry {key: r.auditKey}) RETURN e.action AS action, e.actor AS actor, e.target AS target',
      { key: ruling.key },
    );
    expect(audit?.toObject()).toEqual({ action: 'recordRuling', actor: `rulings-editor-${tag}`, target: reference(1) });
    const after = await who();
    expect(after[0]).toMatchObject({
      kind: 'ruling',
      coverage: 'RULING',
      agency: { key: ruling.lead.agency.key },
      ruling: { reference: reference(1) },
    });
    expect(after[0]!.source).toEqual({ file: reference(1), line: 0 });
    expect(after).not.toEqual(before);

    const w = await post<{ withdrawRuling: Record<string, unknown> }>(
      WITHDRAW,
      {
        input: {
          jurisdiction: county.county,
          matter: RULED_MATTER,
          reference: reference(2),
          decidedBy: '规测区编办',
          decidedOn: '2026-11-21',
          basis: '撤销',
        },
      },
      editor,
    );
    expect(w.errors).toBeUndefined();
    expect(w.data!.withdrawRuling).toMatchObject({ kind: 'withdrawal', current: true, supersedes: ruling.key, lead: null });
    expect(await who()).toEqual(before);
  });

  it('answers BAD_USER_INPUT for an unknown agency, a taken reference, a future date or nothing to withdraw, writing nothing', async () => {
    const counts = await written();
    const tomorrow = new Date(Date.parse(`${todayInChina()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const refused = [
      await post(RECORD, { input: input(3, '区不存在局', []) }, editor),
      await post(RECORD, { input: input(1, '区卫生局', []) }, editor),
      await post(RECORD, { input: input(4, '区卫生局', [], tomorrow) }, editor),
      await post(
        WITHDRAW,
        {
          input: {
            jurisdiction: county.county,
            matter: RULED_MATTER,
            reference: reference(5),
            decidedBy: '规测区编办',
            decidedOn: '2026-11-22',
            basis: '撤销',
          },
        },
        editor,
      ),
      await post(RECORD, { input: { ...input(6, '区卫生局', []), jurisdiction: `无此县${tag}` } }, editor),
    ];
    expect(refused.map(codes)).toEqual(refused.map(() => ['BAD_USER_INPUT']));
    expect(refused.map((r) => r.errors![0]!.message).every((m) => /[\u4e00-\u9fff]/.test(m))).toBe(true);
    expect(await written()).toBe(counts);
  });

  it('refuses a reader’s token (FORBIDDEN) and no token (UNAUTHENTICATED), writing nothing', async () => {
    const counts = await written();
    const asReader = await post(RECORD, { input: input(7, '区卫生局', []) }, reader);
    expect(codes(asReader)).toEqual(['FORBIDDEN']);
    expect(asReader.status).toBe(403);
    const anonymous = await post(RECORD, { input: input(8, '区卫生局', []) });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.status).toBe(401);
    expect(await written()).toBe(counts);
  });
});
