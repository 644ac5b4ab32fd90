// whereToComplain: the routing (route.ts) shown for the public: which agency, which unit, which
// phone, and one line why. Weak answers are marked and carry no phone number, so nobody is sent
// to the wrong office with confidence; an emergency comes first, with its number.
import { CONFIDENT } from './confidence.js';
import { type Routing, route, type SearchInput } from './route.js';
import type { Answer, ComplaintAnswer, SuccessionNote } from './types.js';
import { answersOf } from './whoHandles.js';

export async function whereToComplain(input: SearchInput): Promise<ComplaintAnswer[]> {
  return complaintsOf(await route(input), input.first);
}

/** `withEmergency`: put the emergency advice before the first reason (ask shows it on its own). */
export function complaintsOf(r: Routing, first: number, withEmergency = true): ComplaintAnswer[] {
  const answers = answersOf(r, first).map((a): ComplaintAnswer => {
    const sure = a.confidence >= CONFIDENT;
    // A public service that fits is the best door: its own unit and phones; else the agency's.
    const door = a.kind === 'service' ? serviceContacts(r, a.key) : r.contactsOf(a.agency.key);
    return {
      agency: a.agency,
      unit: a.kind === 'service' ? door.units.join('、') || null : null,
      phones: sure ? door.phones : [],
      reason: `${
        a.ruling
          ? rulingReason(a)
          : reasonOf(a.kind, a.matter.title, a.division, (a.kind === 'service' && door.units.join('、')) || a.agency.name, sure)
      }${a.succession ? successorReason(a.succession, sure && door.phones.length > 0) : ''}`,
      service: a.kind === 'service' ? a.matter.title : null,
      score: a.score,
      source: a.source,
      confidence: a.confidence,
      coverage: a.coverage,
      ruling: a.ruling,
      succession: a.succession ?? null,
    };
  });
  if (withEmergency && r.emergency && answers[0]) answers[0] = { ...answers[0], reason: `${r.emergency.advice}${answers[0].reason}` };
  return answers;
}

function serviceContacts(r: Routing, serviceKey: string): { units: string[]; phones: string[] } {
  for (const a of r.ranked) {
    const row = a.rows.find((x) => x.row.key === serviceKey)?.row;
    if (row) return { units: row.units, phones: row.phones };
  }
  return { units: [], phones: [] };
}

/** One line why; `by` is the handling unit of a service, else the agency. */
function reasonOf(kind: string, title: string, division: string, by: string, sure: boolean): string {
  const what =
    kind === 'service'
      ? `公共服务事项「${oneLine(title)}」`
      : kind === 'duty' || kind === 'rule'
        ? `部门职责「${oneLine(division || title)}」`
        : kind === 'general'
          ? `${oneLine(division.split('\n')[0] ?? '')}`
          : `管理事项「${oneLine(title)}」`;
  if (kind === 'general') return what;
  if (!sure) return `可能相关：${what}由${by}负责，清单未明确写到此事，请先核实。`;
  return kind === 'service' ? `${what}由${by}承办。` : `职责边界：${what}由${by}负责。`;
}

/** 依据 <decidedBy> <reference> 协调意见：管理事项「…」由 <lead> 牵头负责（, <agency> 配合）. */
function rulingReason(a: Answer): string {
  const r = a.ruling!;
  const lead = r.lead?.name ?? a.agency.name;
  const who = a.role === 'lead' ? `由${lead}牵头负责` : `由${lead}牵头，${a.agency.name}配合`;
  return `依据${r.decidedBy}${r.reference}协调意见：管理事项「${oneLine(r.matterTitle)}」${who}。`;
}

/**
 * The body that handles it today, so nobody is sent to one that is gone; the old body's phones
 * are kept (the list gives no others) but said to be the list's.
 */
function successorReason(note: SuccessionNote, phones: boolean): string {
  const current = note.current.join('、');
  return `${note.text}，请向${current}咨询或反映。${phones ? '所列电话为清单所载原机构电话，可能已变更，请先核实。' : ''}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, '');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
