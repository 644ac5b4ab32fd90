// whereToComplain: for the public. Public services (服务事项) that fit the question,
// with handling unit and phone, and the agencies the boundary tables make responsible
// (with the phones their service tables list), ranked together.
import { agencyContacts, factCandidates, serviceCandidates, type ServiceCandidate } from '../repositories/answer.repository.js';
import { graphVersion } from '../version.js';
import { jurisdictionKeys } from './jurisdiction.js';
import { rankCandidate, termWeights } from './rank.js';
import { prepareQuestion, rankAnswers, type PreparedQuestion, type SearchInput } from './whoHandles.js';
import type { Answer, ComplaintAnswer } from './types.js';

/**
 * A service "fits" when its title or content shares a real word with the question and
 * scores at least this much; below it, a matching public-service row is a coincidence
 * (两化融合培训 for a question about a noisy neighbour) and only the boundary tables answer.
 */
export const SERVICE_FIT = 8;

/**
 * Fitting services and the responsible agencies from the boundary tables compete on the
 * same score (both come from rankCandidate); each agency and unit appears once.
 */
export async function whereToComplain(input: SearchInput): Promise<ComplaintAnswer[]> {
  const version = await graphVersion();
  const keys = await jurisdictionKeys(input.jurisdiction, version);
  const prepared = await prepareQuestion(input.question, keys, version);
  if (!prepared) return [];
  const [services, facts] = await Promise.all([
    serviceCandidates(prepared.lucene, keys),
    factCandidates(prepared.lucene, keys),
  ]);
  const fitting = rankServices(prepared, services).filter((s) => s.score >= SERVICE_FIT);
  const answers = rankAnswers(prepared, facts).slice(0, input.first);
  const contacts = await agencyContacts(answers.map((a) => a.agency.key));
  const merged = [...fitting, ...answers.map((a) => fromResponsibility(a, contacts.get(a.agency.key)))]
    .sort((a, b) => b.score - a.score);
  // One line per agency and unit; an agency with a fitting service is not repeated from the boundary tables.
  const withService = new Set(fitting.map((s) => s.agency.key));
  const seen = new Set<string>();
  return merged
    .filter((c) => {
      const key = c.service === null ? `${c.agency.key}|boundary` : `${c.agency.key}|${c.unit ?? ''}`;
      if (seen.has(key) || (c.service === null && withService.has(c.agency.key))) return false;
      seen.add(key);
      return true;
    })
    .slice(0, input.first);
}

function rankServices(p: PreparedQuestion, candidates: ServiceCandidate[]): ComplaintAnswer[] {
  const weights = termWeights(p.terms.terms, candidates.map((s) => `${s.title}${s.content ?? ''}`), p.terms.expanded);
  return candidates
    .map((s) => {
      const ranked = rankCandidate(p.terms, weights, {
        title: s.title, division: s.content ?? '', case: null, role: null, kind: 'responsibility',
        agencyNames: [s.agency.name, ...s.agency.aliases], agencyKey: s.agency.key,
      });
      const fits = ranked.highlights.some((h) => [...h].length >= 2);
      return {
        agency: s.agency,
        unit: s.units.join('、') || null,
        phones: s.phones,
        reason: `公共服务事项「${oneLine(s.title)}」由${s.units.join('、') || s.agency.name}承办。`,
        service: s.title,
        score: fits ? ranked.score : 0,
        source: s.source,
      };
    })
    .sort((a, b) => b.score - a.score);
}

function fromResponsibility(a: Answer, contact: { units: string[]; phones: string[] } | undefined): ComplaintAnswer {
  const what = a.kind === 'duty' ? `部门职责「${oneLine(a.division)}」` : `管理事项「${oneLine(a.matter.title)}」`;
  return {
    agency: a.agency,
    unit: null,
    phones: contact?.phones ?? [],
    reason: `职责边界：${what}由${a.agency.name}负责。`,
    service: null,
    score: a.score,
    source: a.source,
  };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, '');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
