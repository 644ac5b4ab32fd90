// How sure an answer is and where it comes from, in the words a person reads at a glance: the
// API's calibrated confidence (a probability) and coverage (LIST / GENERAL_FUNCTION /
// NOT_COVERED) become a few fixed phrases, never a raw number. Pure, so the bands are unit-tested.

import type { Coverage, RoutingSummary } from './api.js';
import { strings } from './strings.js';

/** The schema's line (api/schema.graphql, Answer.confidence): below it only possibly related, and no phones. */
export const POSSIBLE_BELOW = 0.5;
/** From here an answer reads 很可能: the reliability table puts at least 80% of these right. */
export const LIKELY_FROM = 0.8;

export type Strength = 'likely' | 'probable' | 'possible';

export interface Assessment {
  strength: Strength;
  /** Only possibly related: marked as such and shown without phone numbers. */
  weak: boolean;
  /** 很可能 / 较可能 / 可能相关 */
  strengthLabel: string;
  /** 清单载明 / 清单未写明此事 / 通常职能（本地清单未载明） / 不在已加载清单内 */
  coverageLabel: string;
}

export function strengthOf(confidence: number): Strength {
  if (confidence >= LIKELY_FROM) return 'likely';
  if (confidence >= POSSIBLE_BELOW) return 'probable';
  return 'possible';
}

/**
 * One answer read against the whole reply. When the reply says the lists are silent on the
 * question (NOT_COVERED, or GENERAL_FUNCTION: 本地清单未载明), a list row that ranked high still
 * does not speak to it: it is only possibly related whatever its score, and shows no phone, so
 * the page never offers "清单载明" and a number under "本地清单未载明" (洪江区, 晚上工地施工太吵了:
 * 经信局 at 0.618 with three phone numbers).
 */
export function assess(answer: { confidence: number; coverage: Coverage }, reply: Coverage): Assessment {
  const weak = answer.confidence < POSSIBLE_BELOW || (reply !== 'LIST' && answer.coverage === 'LIST');
  const strength = weak ? 'possible' : strengthOf(answer.confidence);
  return { strength, weak, strengthLabel: strings.confidence[strength], coverageLabel: coverageLabel(answer.coverage, weak) };
}

export function coverageLabel(coverage: Coverage, weak = false): string {
  if (coverage === 'LIST' && weak) return strings.coverage.listUnclear;
  return strings.coverage[coverage];
}

/**
 * The reply's sentence (or a reason) without the emergency advice the API puts in front of it:
 * the page shows that advice once, first, in its own box.
 */
export function withoutAdvice(text: string, emergency: RoutingSummary['emergency']): string {
  if (!emergency || !text.startsWith(emergency.advice)) return text;
  return text.slice(emergency.advice.length).trim();
}

/** A tel: link target: digits, + and - only (0745-7622012 and 07457622012 both dial). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+-]/g, '')}`;
}
