// A date given at load (`--as-of 2016`) for lists whose text states none. The text is the
// better witness: where it states a date, that date stays, and a warning says the given one
// disagrees, so whoever loaded the file can check which is right.
import { givenListDate } from '../../domain/list-date';
import type { Department, Diagnostic, ListDate } from '../../domain/records';
import { documentListDates } from './list-date';

/** Neither date is a prefix of the other: 2016 agrees with 2016-03-15, 2017 does not. */
function disagree(text: string, given: string): boolean {
  return !text.startsWith(given) && !given.startsWith(text);
}

/**
 * Gives the lists without a date in their text the date `asOf` (when set), reports every
 * list whose text says otherwise, and returns the document's date.
 */
export function datesWithGiven(file: string, departments: Department[], asOf: string | null, diagnostics: Diagnostic[]): ListDate {
  const documentDate = documentListDates(departments.map((d) => d.date)).document;
  if (asOf === null) return documentDate;
  const given = givenListDate(asOf);
  for (const dept of departments) {
    if (dept.date.origin !== 'text') {
      dept.date = given;
    } else if (dept.date.date !== null && disagree(dept.date.date, asOf)) {
      diagnostics.push({
        file,
        line: dept.date.line ?? dept.source.line,
        severity: 'warning',
        code: 'LIST_DATE_DIFFERS',
        message: `清单“${dept.title}”正文写明的日期（${dept.date.date}）与导入时指定的日期（${asOf}）不同，按正文的日期记录`,
        raw: dept.date.date,
      });
    }
  }
  return documentDate.origin === 'text' ? documentDate : given;
}
