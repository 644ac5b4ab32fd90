// Names people type today (市场监管局, 应急局, 卫健局, 自然资源局, 医保局, 退役军人事务局) that no
// list written before the reform uses: they are read as naming the agencies whose duties went to
// that body (their predecessors present in the jurisdiction). Pure: the events come in.
import type { SuccessionAgency, SuccessionEvent } from '../../domain/succession/model.js';
import { nameReading, sameAgency } from '../../domain/succession/names.js';
import { successorsOf } from '../../domain/succession/successors.js';

/**
 * The bodies (other than itself) that hold some of the agency's duties at `asOf`; `wholly`: only
 * those that took all its duties (or all but named ones): the bodies it ceased into.
 */
export function successorBodies(
  name: string,
  jurisdictionKey: string,
  local: readonly SuccessionEvent[],
  asOf: string,
  wholly = false,
): SuccessionAgency[] {
  const chain = successorsOf(name, { asOf, jurisdiction: jurisdictionKey, local });
  if (chain.unchanged) return [];
  return chain.holders.filter((h) => h.origin !== null && (!wholly || h.duties === 'all')).map((h) => h.agency);
}

/** The forms a question may name the agency's successors by (市场监督管理局, 市场监管局 …). */
export function successorMentionForms(name: string, jurisdictionKey: string, local: readonly SuccessionEvent[], asOf: string): string[] {
  // The names and aliases as they are: a question's 区市场监管局 contains 市场监管局. Forms
  // derived by taking a level prefix off (questionMentionForms) would read 市场 as 市 + 场.
  const bodies = successorBodies(name, jurisdictionKey, local, asOf);
  return [...new Set(bodies.flatMap((b) => [b.name, ...(b.aliases ?? [])]))].filter((f) => [...f].length >= 3);
}

/** Whether `typed` (区市场监管局, 应急局) names a body that holds some of the agency's duties at `asOf`. */
export function namesSuccessorOf(
  typed: string,
  agency: { name: string; aliases: readonly string[] },
  jurisdictionKey: string,
  local: readonly SuccessionEvent[],
  asOf: string,
  wholly = false,
): boolean {
  const reading = nameReading(jurisdictionKey);
  const asked: SuccessionAgency = { name: typed.trim(), profile: null };
  return successorBodies(agency.name, jurisdictionKey, local, asOf, wholly).some((b) => sameAgency(b, asked, reading));
}
