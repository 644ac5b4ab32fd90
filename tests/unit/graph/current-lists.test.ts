// The newer-list rule (issue 13), pure: which of a department's lists answers, by date, as of a date.
import { describe, expect, it } from 'vitest';
import { type PublishedList, supersededLists } from '../../../graph/repositories/current-lists.js';

const list = (agencyKey: string, docKey: string, date: string | null, loadedAt = '2026-01-01T00:00:00Z', n = 0): PublishedList => ({
  agencyKey,
  key: `${docKey}#L${n}`,
  docKey,
  date,
  loadedAt,
});
const keys = (ls: PublishedList[]) => ls.map((l) => l.key).sort();

const A = '湖南省/益阳市/安化县|安化县工业和信息化局';
const B = '湖南省/益阳市/安化县|安化县发展和改革局';

describe('supersededLists', () => {
  const old2016 = list(A, '/a/2016.txt', '2016');
  const new2023 = list(A, '/a/2023.txt', '2023-05');
  const other = list(B, '/a/fgj.txt', null);

  it('keeps only each department’s newest list; a department with one list keeps it', () => {
    expect(keys(supersededLists([old2016, new2023, other]))).toEqual([old2016.key]);
    expect(supersededLists([old2016, other])).toEqual([]);
  });

  it('as of a date, the newest list dated on or before it answers, and later lists do not exist yet', () => {
    expect(keys(supersededLists([old2016, new2023], '2017'))).toEqual([new2023.key]);
    expect(keys(supersededLists([old2016, new2023], '2023'))).toEqual([old2016.key]);
    // 2023-05 is after 2023-04-30, on or before 2023-05-31
    expect(keys(supersededLists([old2016, new2023], '2023-04'))).toEqual([new2023.key]);
    expect(keys(supersededLists([old2016, new2023], '2023-05'))).toEqual([old2016.key]);
    // a list dated 2016 counts from 2016-01-01
    expect(keys(supersededLists([old2016, new2023], '2016-01-01'))).toEqual([new2023.key]);
    // before every list of the department: it answers from none
    expect(keys(supersededLists([old2016, new2023], '2015'))).toEqual([old2016.key, new2023.key]);
  });

  it('ranks a list of unknown date oldest, yet lets it answer when no dated list qualifies', () => {
    const undated = list(A, '/a/undated.txt', null, '2027-01-01T00:00:00Z');
    expect(keys(supersededLists([undated, old2016]))).toEqual([undated.key]);
    expect(keys(supersededLists([undated, old2016], '2015'))).toEqual([old2016.key]);
  });

  it('breaks a tie of dates by the later load, and keeps the lists of one document together', () => {
    const early = list(A, '/a/x.txt', '2020', '2026-01-01T00:00:00Z');
    const late = list(A, '/a/y.txt', '2020', '2026-02-01T00:00:00Z');
    expect(keys(supersededLists([early, late]))).toEqual([early.key]);
    const secondOfLate = list(A, '/a/y.txt', '2020', '2026-02-01T00:00:00Z', 1);
    expect(keys(supersededLists([early, late, secondOfLate]))).toEqual([early.key]);
  });
});
