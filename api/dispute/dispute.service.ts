// The dispute dossier for the API: arguments checked (the same checks for the GraphQL query
// and the Word export), the dossier assembled in graph/dispute, then mapped to GraphQL.
import type { Dossier as DossierRecord } from '../../graph/dispute/dossier.js';
import { disputeDossier, disputeParties } from '../../graph/dispute/service.js';
import { apiError } from '../errors.js';
import { questionText } from '../guards.js';
import { matterDivisionOf } from '../overlap/overlap.service.js';
import { rulingViews } from '../ruling/ruling.service.js';
import type { Dossier } from './dossier.type.js';

export interface DisputeArgs {
  jurisdiction: string;
  question: string;
  agencies: string[];
}

/** Most agency names one dispute may name: a coordination meeting, not a census. */
export const MAX_DISPUTE_AGENCIES = 10;

/** The dossier as plain data (what the Word export renders), after every argument check. */
export async function dossierRecord(args: DisputeArgs): Promise<DossierRecord> {
  const question = questionText(args.question ?? '');
  if (!question) throw apiError('BAD_USER_INPUT', '参数 question 不能为空：请写明争议事项', { argumentName: 'question' });
  if (!args.jurisdiction?.trim()) throw apiError('BAD_USER_INPUT', '参数 jurisdiction 不能为空', { argumentName: 'jurisdiction' });
  const names = (args.agencies ?? []).map((a) => a.trim()).filter(Boolean);
  if (names.length > MAX_DISPUTE_AGENCIES)
    throw apiError('BAD_USER_INPUT', `争议部门最多 ${MAX_DISPUTE_AGENCIES} 个，收到 ${names.length} 个`, { argumentName: 'agencies' });
  if (names.length < 2)
    throw apiError('BAD_USER_INPUT', '职责争议至少涉及两个部门：请在 agencies 中写明两个或以上部门', { argumentName: 'agencies' });
  const parties = await disputeParties(args.jurisdiction.trim(), names);
  if (parties.agencies.length < 2)
    throw apiError('BAD_USER_INPUT', `所写部门（${names.join('、')}）指的是同一个部门：职责争议至少涉及两个不同部门`, {
      argumentName: 'agencies',
    });
  return disputeDossier(parties, question);
}

export async function dispute(args: DisputeArgs): Promise<Dossier> {
  return dossierView(await dossierRecord(args));
}

export async function dossierView(d: DossierRecord): Promise<Dossier> {
  return {
    jurisdiction: d.jurisdiction.name,
    jurisdictionKey: d.jurisdiction.key,
    question: d.question,
    agencies: d.agencies,
    matters: d.matters,
    // Rows, contradictions and evidence have the GraphQL types' shape already (Source resolves its title itself).
    sections: d.sections,
    others: d.others,
    contradictions: d.contradictions,
    comparisons: d.comparisons.map(matterDivisionOf),
    rulings: await rulingViews(d.rulings),
    proposal: d.proposal,
    note: d.note,
  };
}
