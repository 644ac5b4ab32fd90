// Local succession records from a simple table, one event a row, as a county's editors would
// keep it (a spreadsheet exported to CSV, read by a loader later). This module takes rows
// already split into named cells and makes events; reading files is a loader's job. Problems
// are data with the row's line; validateSuccession then checks the events themselves.
import { profileOfAgencyName } from '../department-profiles';
import type { DutyTransfer, SuccessionAgency, SuccessionEvent, SuccessionKind } from './model';

/** The columns, by their Chinese headers. 原机构 and 覆盖 list items with 、; 承接机构 lists receivers with ；. */
export const SUCCESSION_TABLE_COLUMNS = {
  id: '编号',
  kind: '类型',
  from: '原机构',
  to: '承接机构',
  effective: '生效日期',
  title: '依据文件',
  issuer: '发文机关',
  sourceDate: '文件日期',
  docNumber: '文号',
  docNumberNote: '无文号原因',
  overrides: '覆盖',
  note: '说明',
} as const;

const KIND_WORDS: ReadonlyMap<string, SuccessionKind> = new Map([
  ['更名', 'renamed'],
  ['并入', 'merged_into'],
  ['合并', 'merged_into'],
  ['拆分', 'split_between'],
  ['职责划转', 'duties_transferred'],
  ['划转', 'duties_transferred'],
  ['撤销', 'abolished'],
  ['组建', 'established'],
  ['新设', 'established'],
  ...(['renamed', 'merged_into', 'split_between', 'duties_transferred', 'abolished', 'established'] as const).map((k) => [k, k] as const),
]);

export interface SuccessionTableRow {
  /** The row's line in its file (for diagnostics and for `recordedAt`). */
  line: number;
  /** Cell text by column header. */
  cells: Readonly<Record<string, string | undefined>>;
}

export interface SuccessionTableProblem {
  line: number;
  message: string;
}

const C = SUCCESSION_TABLE_COLUMNS;
const LIST = /[、，,]/;
const RECEIVERS = /[；;\n]/;
const DUTIES_AFTER = /[：:]/;

const cell = (row: SuccessionTableRow, column: string): string => (row.cells[column] ?? '').trim();
const items = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((x) => x.trim())
    .filter(Boolean);

/** An agency as a local record names it; its kind is what department-profiles reads. */
function agency(name: string): SuccessionAgency {
  return { name, profile: profileOfAgencyName(name)?.id ?? null };
}

/** 市场监督管理局：价格监督检查、反垄断执法 → the receiver and the duties it took; a bare name takes all. */
function receiver(entry: string): DutyTransfer {
  const at = entry.search(DUTIES_AFTER);
  if (at < 0) return { to: agency(entry), duties: 'all' };
  return { to: agency(entry.slice(0, at).trim()), duties: items(entry.slice(at + 1), LIST) };
}

/** 2019-1-5, 2019/01/05, 2019.1.5 → 2019-01-05; anything else is returned as written (validation reports it). */
function isoDay(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
}

/**
 * The events of `rows`, all local to `jurisdictionKey`, with `recordedAt` pointing at `file`
 * and the row's line. A row without a readable kind is left out with a problem; every other
 * shortcoming is left for validateSuccession to report on the event.
 */
export function successionEventsFromTable(
  rows: readonly SuccessionTableRow[],
  jurisdictionKey: string,
  file: string,
): { events: SuccessionEvent[]; problems: SuccessionTableProblem[] } {
  const events: SuccessionEvent[] = [];
  const problems: SuccessionTableProblem[] = [];
  for (const row of rows) {
    const kindText = cell(row, C.kind);
    const kind = KIND_WORDS.get(kindText);
    if (!kind) {
      problems.push({
        line: row.line,
        message: `第${row.line}行：无法识别的类型“${kindText}”（应为更名、并入、拆分、职责划转、撤销或组建）`,
      });
      continue;
    }
    const docNumber = cell(row, C.docNumber);
    const docNumberNote = cell(row, C.docNumberNote);
    const overrides = items(cell(row, C.overrides), LIST);
    const note = cell(row, C.note);
    events.push({
      id: cell(row, C.id) || `${file}:${row.line}`,
      kind,
      from: items(cell(row, C.from), LIST).map(agency),
      to: items(cell(row, C.to), RECEIVERS).map(receiver),
      effective: isoDay(cell(row, C.effective)),
      scope: { kind: 'local', jurisdictionKey },
      sources: [
        {
          title: cell(row, C.title),
          issuer: cell(row, C.issuer),
          date: isoDay(cell(row, C.sourceDate)),
          docNumber: docNumber || null,
          ...(docNumberNote ? { docNumberNote } : {}),
        },
      ],
      ...(overrides.length ? { overrides } : {}),
      recordedAt: { file, line: row.line },
      ...(note ? { note } : {}),
    });
  }
  return { events, problems };
}
