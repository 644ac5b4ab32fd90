// The overlap view's detail lists as tables to download: every item (the panel shows them all
// too; the files are for spreadsheets), each row with its file and line so it can be checked
// against the list it came from. Pure, unit-tested.

import type { AgencyDetail, Assignment, Overlap, OverlapKind, SharedMatter } from '../api.js';
import { basisLabel } from '../basisLabel.js';
import { strings } from '../strings.js';
import { exportStrings } from './strings.js';
import type { CsvCell, ExportTable } from './table.js';

const c = exportStrings.columns;
const roleName = (role: string | null | undefined): string => (role ? (strings.dossier.roles[role] ?? role) : '');

function assignmentCells(row: Assignment): CsvCell[] {
  return [
    row.source.title ?? row.listDepartment,
    row.agency?.name ?? row.agencyRaw,
    roleName(row.role),
    row.division,
    row.bases.map(basisLabel).filter(Boolean).join('；'),
    row.case ?? '',
    row.source.file,
    row.source.line,
  ];
}

/** 已写明的共管: one row per list row of every matter both agencies hold. */
export function declaredTable(a: string, b: string, matters: readonly SharedMatter[]): ExportTable {
  return {
    title: `${a}与${b}-共管事项`,
    header: [c.matter, c.list, c.agency, c.role, c.division, c.bases, c.case, c.file, c.line],
    rows: matters.flatMap((matter) => matter.assignments.map((row) => [matter.title, ...assignmentCells(row)])),
  };
}

/**
 * 未写明的重叠 and 矛盾: one row per text a finding rests on (a duty text, or a list's row of
 * the contradicting lists), with the finding's matter, score and explanation on each.
 */
export function findingsTable(a: string, b: string, kind: OverlapKind, findings: readonly Overlap[]): ExportTable {
  const rows: CsvCell[][] = [];
  for (const finding of findings) {
    const head: CsvCell[] = [
      finding.matter?.title ?? '',
      finding.sharedTerms.join('、'),
      Number(finding.score.toFixed(3)),
      finding.explanation,
    ];
    const agencyName = (key: string | null) => finding.agencies.find((x) => x.key === key)?.name ?? '';
    for (const item of finding.items)
      rows.push([...head, agencyName(item.agencyKey), '', item.text, item.source.title ?? '', item.source.file, item.source.line]);
    for (const row of finding.divisions)
      rows.push([
        ...head,
        row.agency?.name ?? row.agencyRaw,
        roleName(row.role),
        row.division,
        row.source.title ?? row.listDepartment,
        row.source.file,
        row.source.line,
      ]);
  }
  return {
    title: `${a}与${b}-${strings.kindShort[kind] ?? kind}`,
    header: [c.matter, c.sharedTerms, c.score, c.explanation, c.agency, c.role, c.text, c.list, c.file, c.line],
    rows,
  };
}

/** One agency's matters (each division), duties and services, one row each. */
export function agencyTable(agency: AgencyDetail): ExportTable {
  const s = strings.overlaps;
  return {
    title: `${agency.name}-职责`,
    header: [c.section, c.matter, c.role, c.division, c.duty, c.service, c.units, c.phones],
    rows: [
      ...agency.responsibilities.map((r): CsvCell[] => [
        s.agencyMatters,
        r.matter.title,
        roleName(r.role),
        r.division ?? '',
        '',
        '',
        '',
        '',
      ]),
      ...agency.duties.map((d): CsvCell[] => [s.agencyDuties, '', '', '', d.text, '', '', '']),
      ...agency.services.map((x): CsvCell[] => [s.agencyServices, '', '', '', '', x.title, x.units.join('、'), x.phones.join('、')]),
    ],
  };
}
