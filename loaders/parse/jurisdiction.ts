// Jurisdictions: read from the administrative prefix of a department's name
// (衡阳市蒸湘区… → 衡阳市 / 蒸湘区), completed from the text where the name says nothing
// (a province cited in the bases, a county named in the duties).
import type { Jurisdiction } from '../../domain/jurisdiction';
import { segmenter } from '../../domain/segmenter';
import { COUNTY_MENTION, MUNICIPALITY, NOT_A_PLACE, PLACE_PREFIX, PROVINCE_MENTION } from '../rules';

/** Proper-noun tags: place (ns), other proper noun (nz), person (nr: jieba reads 洪江 as a name). */
const PROPER_NOUN = new Set(['ns', 'nz', 'nr']);

/**
 * 临高县 is a place; 承办县(委) and 负责县(…) are a verb before 县. The regex cannot tell them
 * apart, the part-of-speech tagger can (loaded only when a document without a title
 * needs its county guessed).
 */
function isPlaceName(candidate: string): boolean {
  const tags = segmenter().tag(candidate, true);
  if (tags.length === 1) return tags[0].tag === 'ns' || tags[0].tag === 'nz';
  return tags.length === 2 && tags[0].word.length === 2 && PROPER_NOUN.has(tags[0].tag);
}

export function placeOf(name: string): Jurisdiction {
  const groups = PLACE_PREFIX.exec(name)?.groups ?? {};
  const keep = (p: string | undefined): string | null => (p && !NOT_A_PLACE.test(p) ? p : null);
  return { province: keep(groups.province), city: keep(groups.city), county: keep(groups.county) };
}

/** The key with the highest count (the first one met on a tie), with its count. */
export function mostCounted(counts: Map<string, number>): { key: string; count: number } | null {
  let best: { key: string; count: number } | null = null;
  for (const [key, count] of counts) if (!best || count > best.count) best = { key, count };
  return best;
}

function mostFrequent(matches: string[], reject: (m: string) => boolean = () => false): string | null {
  const counts = new Map<string, number>();
  for (const m of matches) if (!reject(m)) counts.set(m, (counts.get(m) ?? 0) + 1);
  return mostCounted(counts)?.key ?? null;
}

/** The province most often named in the texts (湖南省 in 《湖南省信息化条例》), or null. */
export function provinceMentioned(texts: Iterable<string>): string | null {
  const found: string[] = [];
  for (const text of texts) {
    // Cheap pre-check (市 alone is everywhere: 衡阳市): a province name holds 省, 自治区 or a municipality.
    if (text.includes('省') || text.includes('自治区') || MUNICIPALITY.test(text)) found.push(...(text.match(PROVINCE_MENTION) ?? []));
  }
  return mostFrequent(found);
}

/** The county or district most often named in the text (临高县, 洪江区), or null. */
export function countyMentioned(text: string): string | null {
  const verdicts = new Map<string, boolean>();
  const isPlace = (m: string): boolean => {
    if (!verdicts.has(m)) verdicts.set(m, !NOT_A_PLACE.test(m) && isPlaceName(m));
    return verdicts.get(m) === true;
  };
  return mostFrequent(text.match(COUNTY_MENTION) ?? [], (m) => !isPlace(m));
}
