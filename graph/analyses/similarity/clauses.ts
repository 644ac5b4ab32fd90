import { isSubordinate } from './roles.js';

// Duty texts pack several tasks into one cell (…；…；…。). Matching whole cells lets one
// shared clause hide among ten unrelated ones, or a long cell match many short ones on
// whichever clause is common. Each clause is compared on its own.

const CLAUSE_BREAK = /[；;。！？\n]+|\s(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]|[（(]\d{1,2}[）)]/u;
const LEADING_NUMBER = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]/u;

/** A catch-all (承办…交办的其他事项) names whoever hands work down, not work. */
const CATCH_ALL = /交办的?其他|交办事项|其他事项/u;

/**
 * Clauses of a duty text, trimmed, at least `minLength` characters long. Comma phrases in
 * which the agency only takes part (参与…, 配合…) are cut out: they do not claim the work.
 */
export function splitClauses(text: string, minLength = 4): string[] {
  return text
    .split(CLAUSE_BREAK)
    .filter((c) => !CATCH_ALL.test(c))
    .map((c) =>
      c
        .replace(LEADING_NUMBER, '')
        .split(/[，,]/u)
        .map((phrase) => phrase.trim())
        .filter((phrase) => phrase && !isSubordinate(phrase))
        .join('，'),
    )
    .map((c) => c.replace(/^[\s，,、:：]+|[\s，,、:：]+$/gu, ''))
    .filter((c) => c.length >= minLength);
}
