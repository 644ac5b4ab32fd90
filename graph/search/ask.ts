// ask: the whole reply to one question, as the public page shows it: an emergency first,
// then whether the loaded lists cover it and how sure the answer is, in one plain sentence,
// then the agencies (whoHandles) and the doors to knock on (whereToComplain).
import type { Emergency } from '../../domain/emergency.js';
import { CONFIDENT, RULING_CONFIDENCE } from './confidence.js';
import { type GeneralFunction, type Routing, route, type SearchInput } from './route.js';
import type { Answer, ComplaintAnswer, Coverage, SuccessionNote } from './types.js';
import { complaintsOf } from './whereToComplain.js';
import { answersOf } from './whoHandles.js';

/** Where the public turns when no department fits: the government service hotline. */
export const HOTLINE = '12345';

export interface AskReply {
  coverage: Coverage;
  confidence: number;
  message: string;
  emergency: Emergency | null;
  generalFunction: { kind: string; functions: string[]; sources: string[]; note: string } | null;
  answers: Answer[];
  contacts: ComplaintAnswer[];
}

export async function ask(input: SearchInput): Promise<AskReply> {
  const r = await route(input);
  return {
    coverage: r.coverage,
    // The first answer's: a ruling's lead when a ruling decides the matter, else the top list agency's.
    confidence: r.ruled ? RULING_CONFIDENCE.lead : r.confidence,
    message: messageOf(r, answersOf(r, 1)[0]?.succession ?? null),
    emergency: r.emergency,
    generalFunction: r.general ? generalOf(r.general) : null,
    answers: answersOf(r, input.first),
    contacts: complaintsOf(r, input.first, false),
  };
}

function generalOf(g: GeneralFunction): AskReply['generalFunction'] {
  return {
    kind: g.profile.kind,
    functions: [...g.profile.functions],
    sources: g.profile.sources.map((s) => `${s.title}${s.docNumber ? `（${s.docNumber}）` : ''}${s.article ?? ''}`),
    note: g.note,
  };
}

/** （现由区市场监督管理局承担） when the note is about the agency named. */
function successorOf(agency: string, note: SuccessionNote | null): string {
  return note && note.text.includes(agency) ? `（按机构改革，现由${note.current.join('、')}承担）` : '';
}

/** The sentence the person asking reads first; `succession`: what became of the first answer's agency. */
export function messageOf(r: Routing, succession: SuccessionNote | null = null): string {
  const emergency = r.emergency ? `${r.emergency.advice}` : '';
  const top = r.ranked[0]?.agency.name;
  switch (r.coverage) {
    case 'RULING': {
      const { ruling, lead, cooperating } = r.ruled!;
      const others = cooperating.length ? `，${cooperating.map((c) => c.agency.name).join('、')}配合` : '';
      return `${emergency}依据${ruling.decidedBy}${ruling.reference}协调意见，「${ruling.matterTitle}」由${lead.agency.name}牵头负责${others}。`;
    }
    case 'LIST':
      // A body that is gone is not where to turn: name the one that holds the duty today.
      return succession
        ? `${emergency}依据已加载的清单，${succession.text}${r.confidence >= 0.8 ? '' : '（请以部门答复为准）'}。`
        : `${emergency}依据已加载的清单，此事由${top}负责${r.confidence >= 0.8 ? '' : '（请以部门答复为准）'}。`;
    case 'GENERAL_FUNCTION':
      return `${emergency}${r.general!.note}${r.general!.agency ? `；本地对应部门：${r.general!.agency.name}${successorOf(r.general!.agency.name, succession)}` : ''}。如不确定，可拨打 ${HOTLINE} 政务服务便民热线。`;
    default:
      return (
        `${emergency}不在已加载清单内：已加载的责任清单没有写到这件事由哪个部门负责。` +
        `建议拨打 ${HOTLINE} 政务服务便民热线，由热线转办。${r.ranked.length && r.confidence < CONFIDENT ? '下列部门仅可能相关，未附电话。' : ''}`
      );
  }
}
