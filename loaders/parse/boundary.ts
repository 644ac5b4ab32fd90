// 与相关部门的职责边界 table → BoundaryMatter records, one Assignment per agency row.
//
// A row with a 管理事项 opens a matter; rows with empty leading cells add agencies to it.
// Bases and cases are often written on the first agency's row only: they stay on that
// assignment and are also collected on the matter.
import { splitAgencyCell } from '../normalise/agency';
import { parseBasisCell } from '../normalise/basis';
import type { Assignment, BasisCitation, BoundaryMatter } from '../../domain/records';
import { AGENCY_COOPERATES, AGENCY_LEADS, DIVISION_COOPERATES, DIVISION_LEADS, UNIT_END } from '../rules';
import { alignBoundaryRow, reportExtraCells, type AlignedRow } from './align';
import { extend, report, sourceRef, type ParseContext } from './context';
import type { TableRow } from './table';
import { oneLine, wrappedNames } from './text';

/** 区工商 / 分局 is one agency wrapped by Word; 区卫生局 / 区计生局 are two. */
function agencyCellText(text: string): string {
  return wrappedNames(text.replace(/[ \u3000\u00a0]+/g, ''), UNIT_END)
    .join('、')
    .replace(/[：:]$/, '');
}

export function roleOf(agencyRaw: string, division: string): Assignment['role'] {
  if (AGENCY_LEADS.test(agencyRaw)) return 'lead';
  if (AGENCY_COOPERATES.test(agencyRaw)) return 'cooperate';
  const firstClause = division.split(/[，。；;,\n]/)[0] ?? '';
  if (/牵头/.test(division) && !/配合[^，。；]{0,8}牵头/.test(division)) return 'lead';
  if (DIVISION_COOPERATES.test(firstClause)) return 'cooperate';
  if (DIVISION_LEADS.test(firstClause)) return 'lead';
  return null;
}

/** Two citations of one law at different articles are two bases of the matter. */
function basisKey(b: BasisCitation): string {
  if (b.docNumber === null && b.title === null) return b.raw;
  return `${b.docNumber ?? ''}|${b.title ?? ''}|${b.articles.join(',')}`;
}

function untitled(line: number): string {
  return `（未写明管理事项，第${line}行）`;
}

function newMatter(ctx: ParseContext, r: AlignedRow, seq: string, title: string): BoundaryMatter {
  return { seq: seq || null, title, assignments: [], bases: [], cases: [], source: sourceRef(ctx, r.line, r.endLine) };
}

function addAssignment(matter: BoundaryMatter, r: AlignedRow, ctx: ParseContext): void {
  const agencyRaw = agencyCellText(r.text('agency'));
  const division = r.text('division');
  const basis = r.text('basis');
  const caseText = r.text('case');
  if (!agencyRaw && !division && !basis && !caseText) return;
  const { names, generic } = splitAgencyCell(agencyRaw);
  const bases = basis ? parseBasisCell(basis) : [];
  const assignment: Assignment = {
    agencyRaw,
    agencies: names,
    generic,
    division,
    bases,
    case: caseText || null,
    role: roleOf(agencyRaw, division),
    source: sourceRef(ctx, r.line, r.endLine),
  };
  matter.assignments.push(assignment);
  const known = new Set(matter.bases.map(basisKey));
  for (const b of bases) {
    if (!known.has(basisKey(b))) {
      matter.bases.push(b);
      known.add(basisKey(b));
    }
  }
  if (assignment.case && !matter.cases.includes(assignment.case)) matter.cases.push(assignment.case);
  extend(matter.source, r.endLine);
}

export function parseBoundary(rows: TableRow[], ctx: ParseContext): BoundaryMatter[] {
  const matters: BoundaryMatter[] = [];
  let matter: BoundaryMatter | null = null;
  for (const row of rows) {
    const r = alignBoundaryRow(row);
    const seq = r.text('seq');
    const title = oneLine(r.text('title'));
    const agencyRaw = agencyCellText(r.text('agency'));
    const rest = [r.text('division'), r.text('basis'), r.text('case')].some((t) => t.length > 0);
    if (!seq && !title && !agencyRaw && !rest) continue;
    if (r.realigned) report(ctx, 'info', 'COLUMNS_SHIFTED', r.line, r.realigned, r.raw);
    reportExtraCells(ctx, r, '多出的内容未能归列，已忽略');

    if (title) {
      matter = newMatter(ctx, r, seq, title);
      matters.push(matter);
    } else if (!matter) {
      matter = newMatter(ctx, r, seq, untitled(r.line));
      matters.push(matter);
      report(ctx, 'warning', 'MATTER_UNTITLED', r.line, '表中第一行没有管理事项名称，已按未命名事项收录', r.raw);
    } else if (seq) {
      report(ctx, 'warning', 'SEQ_WITHOUT_TITLE', r.line, `序号 ${seq} 没有管理事项名称，视为上一事项（${matter.title}）的续行`, r.raw);
    } else {
      const repeats = agencyRaw !== '' && matter.assignments.some((a) => a.agencyRaw === agencyRaw);
      const ownBasisOrCase = r.text('basis') !== '' || r.text('case') !== '';
      if (repeats && ownBasisOrCase) {
        // The same agency again, with its own basis and case: a new matter whose title cell was lost.
        matter = newMatter(ctx, r, seq, untitled(r.line));
        matters.push(matter);
        report(
          ctx,
          'warning',
          'MATTER_UNTITLED',
          r.line,
          `${agencyRaw}在上一事项中已出现，且本行另有依据或案例：按一个缺少名称的新事项收录`,
          r.raw,
        );
      }
    }
    addAssignment(matter, r, ctx);
    if (title && matter.assignments.length === 0) {
      report(ctx, 'warning', 'MATTER_WITHOUT_AGENCY', r.line, `管理事项“${title}”这一行没有相关部门和职责分工`, r.raw);
    }
  }
  return matters;
}
