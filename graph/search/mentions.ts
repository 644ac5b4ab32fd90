// Agency names inside a question (发改局管不管炼油？). The cjk index cannot know that
// 发改局 is 发展和改革局, so mentions are resolved against the agencies' names,
// aliases and their abbreviation variants before the text search.
import { stemVariants } from './abbreviations.js';
import { agencyStem } from './rank.js';

export interface AgencyMentions {
  agencyKeys: Set<string>;
  /** The words of the question that named them (removed from the text search). */
  words: string[];
}

export function findAgencyMentions(
  question: string,
  agencies: ReadonlyArray<{ key: string; names: string[] }>,
): AgencyMentions {
  const agencyKeys = new Set<string>();
  const words = new Set<string>();
  for (const a of formsOf(agencies)) {
    for (const form of a.forms) {
      if (question.includes(form)) {
        agencyKeys.add(a.key);
        words.add(form);
      }
    }
  }
  return { agencyKeys, words: [...words] };
}

/**
 * The agency list comes from the search cache (one array per jurisdiction for its TTL),
 * so its mention forms are derived once per list, not once per question.
 */
const formsCache = new WeakMap<object, Array<{ key: string; forms: string[] }>>();

function formsOf(agencies: ReadonlyArray<{ key: string; names: string[] }>): Array<{ key: string; forms: string[] }> {
  let out = formsCache.get(agencies);
  if (!out) {
    out = agencies.map((a) => ({ key: a.key, forms: mentionForms(a.names) }));
    formsCache.set(agencies, out);
  }
  return out;
}

/** 洪江区发改局 -> 洪江区发改局, 发改局, 发展和改革局 (a stem alone, 发改, is too loose). */
function mentionForms(names: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    forms.add(name);
    const stem = agencyStem(name);
    const suffix = name.slice(name.lastIndexOf(stem) + stem.length);
    if (!suffix) continue;
    for (const v of stemVariants(stem)) if (v.length >= 2) forms.add(v + suffix);
  }
  return [...forms].filter((f) => f.length >= 3);
}
