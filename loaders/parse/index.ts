// parseDocument: blocks of any format → departments with their duties, boundary matters,
// public services and supervision rules, plus diagnostics. Stages, one per file:
//   segment (departments, sections) → table (rows rebuilt from fragments) → align (cells
//   to columns) → duties / boundary / services / supervision (records) → department (names).
import type { Block, ReadDocument } from '../blocks';
import type { BoundaryMatter, Department, Diagnostic, Duty, PublicService, SupervisionRule } from '../../domain/records';
import type { Jurisdiction } from '../../domain/jurisdiction';
import type { SectionKind } from '../rules';
import { parseBoundary } from './boundary';
import { report, sourceRef, type ParseContext } from './context';
import { lostTexts, type SectionOutput } from './coverage';
import { blockTexts, nameDepartment } from './department';
import { declaredName } from './headings';
import { provinceMentioned } from './jurisdiction';
import { parseDuties } from './duties';
import { DEFAULT_HEADERS, tableKind, type TableKind } from './header';
import type { Segment } from './segment';
import { segment } from './segment';
import { parseServices } from './services';
import { parseSupervision } from './supervision';
import { assembleTable, headerLabelCount, type Header, type TableRow } from './table';
import { clean } from './text';
import { documentListDates, listDateOf } from './list-date';
import { listTitle } from './title';

export interface ParseOptions {
  /** Department name to use instead of the inferred one (CLI --department). */
  department?: string;
  /** Jurisdiction levels to use instead of what the text says (CLI --province/--city/--county). */
  jurisdiction?: Partial<Jurisdiction>;
}

export interface ParseResult {
  departments: Department[];
  diagnostics: Diagnostic[];
}

const SECTION_NAMES: Record<SectionKind, string> = {
  duties: '部门职责',
  boundary: '职责边界',
  services: '公共服务事项',
  supervision: '事中事后监管制度',
};

function syntheticHeader(kind: TableKind, before: Block): Block {
  const cells = DEFAULT_HEADERS[kind].map((text) => ({ text, line: before.line, endLine: before.line }));
  return { kind: 'row', cells, line: before.line, endLine: before.line };
}

interface Collected {
  duties: Duty[];
  boundaryMatters: BoundaryMatter[];
  services: PublicService[];
  supervision: SupervisionRule[];
}

function rawOf(block: Block): string {
  return block.kind === 'text' ? block.text : block.cells.map((c) => c.text).join('\t');
}

/**
 * Header damage: repaired headers are reported, and a header that could not be repaired,
 * or a header row read as data (two or more cells that are column names), refuses the rows
 * under it with an error naming the line: wrong columns must never load as facts.
 */
function refusedHeaders(rows: TableRow[], headers: Header[], ctx: ParseContext): Set<Header> {
  const refused = new Set<Header>();
  for (const header of headers) {
    for (const repair of header.repairs) report(ctx, 'warning', 'HEADER_REPAIRED', header.line, repair, header.raw);
    if (header.damage) {
      report(
        ctx,
        'error',
        'HEADER_DAMAGED',
        header.line,
        `${header.damage}；这张表（至下一个表头为止）未读入，请修正表头后重新导入`,
        header.raw,
      );
      refused.add(header);
    }
  }
  for (const row of rows) {
    if (refused.has(row.header) || headerLabelCount(row.cells) < 2) continue;
    const raw = row.cells.map((c) => c.text).join('\t');
    report(
      ctx,
      'error',
      'HEADER_DAMAGED',
      row.line,
      '这一行像是表头（含两个以上列名）却没能按表头读出，说明表头已损坏；这张表（至下一个表头为止）未读入，请修正后重新导入',
      raw,
    );
    refused.add(row.header);
  }
  return refused;
}

function parseTableBlocks(blocks: Block[], sectionKind: TableKind | null, ctx: ParseContext, into: Collected): void {
  const diagnosticsBefore = ctx.diagnostics.length;
  const recordsBefore = { duties: into.duties.length, boundaryMatters: into.boundaryMatters.length, services: into.services.length };
  let table = assembleTable(blocks);
  if (table.headerless.length > 0 && sectionKind) {
    const first = table.headerless[0];
    report(ctx, 'warning', 'HEADER_MISSING', first.line, `${SECTION_NAMES[sectionKind]}表没有表头行，按常见列顺序读取`, rawOf(first));
    table = assembleTable([syntheticHeader(sectionKind, first), ...blocks]);
  }
  for (const block of table.headerless) {
    report(ctx, 'warning', 'ROW_UNREADABLE', block.line, '表格行前没有可识别的表头，也不在任何已知章节中', rawOf(block));
  }
  const refused = refusedHeaders(table.rows, table.headers, ctx);
  const byKind = new Map<TableKind, TableRow[]>();
  for (const row of table.rows) {
    if (refused.has(row.header)) continue;
    const kind = tableKind(row.header.roles) ?? sectionKind;
    if (!kind) {
      report(
        ctx,
        'warning',
        'ROW_UNREADABLE',
        row.line,
        `表头（${row.header.labels.join('、')}）不是已知的清单表格`,
        row.cells.map((c) => c.text).join('\t'),
      );
      continue;
    }
    const rows = byKind.get(kind) ?? [];
    rows.push(row);
    byKind.set(kind, rows);
  }
  into.duties.push(...parseDuties(byKind.get('duties') ?? [], ctx));
  into.boundaryMatters.push(...parseBoundary(byKind.get('boundary') ?? [], ctx));
  into.services.push(...parseServices(byKind.get('services') ?? [], ctx));

  const hasRows = table.rows.length > 0;
  for (const block of table.leftovers) {
    const text = clean(rawOf(block));
    if (!hasRows && sectionKind) continue; // ......, 无: reported once below as an empty section
    if (declaredName(block) !== null) continue; // 部门名称（盖章）…: used to name the department
    if (text.length > 0 && !/^[\s.…。·()（）、\d]*$/.test(text)) {
      report(ctx, 'info', 'TEXT_NOT_IN_TABLE', block.line, '表格之外的文字（注释或说明），未作为记录收录', rawOf(block));
    }
  }
  reportLostText(blocks, ctx, diagnosticsBefore, {
    duties: into.duties.slice(recordsBefore.duties),
    boundaryMatters: into.boundaryMatters.slice(recordsBefore.boundaryMatters),
    services: into.services.slice(recordsBefore.services),
  });
}

/** Every cell text of the section reached a record or a diagnostic, or it is TEXT_LOST (see coverage.ts). */
function reportLostText(blocks: Block[], ctx: ParseContext, diagnosticsBefore: number, records: Omit<SectionOutput, 'diagnostics'>): void {
  const refusedAll = ctx.diagnostics.slice(diagnosticsBefore).some((d) => d.code === 'HEADER_DAMAGED');
  if (refusedAll) return; // an error already refuses the table: its text is accounted for
  const lost = lostTexts(blocks, { ...records, diagnostics: ctx.diagnostics.slice(diagnosticsBefore) });
  for (const l of lost) {
    report(ctx, 'warning', 'TEXT_LOST', l.line, '这段表格文字没有进入任何记录，也没有其他诊断提到它（可能读错了列）', l.text);
  }
}

interface Parsed {
  dept: Department;
  /** How the name and jurisdiction were found (for DEPARTMENT_INFERRED). */
  how: string[];
  /** The title lines as written, or null (the title is then derived once name and place are final). */
  writtenTitle: string | null;
}

function parseSegment(seg: Segment, ctx: ParseContext): Parsed {
  const into: Collected = { duties: [], boundaryMatters: [], services: [], supervision: [] };
  if (seg.preamble.some((b) => b.kind === 'row')) parseTableBlocks(seg.preamble, null, ctx, into);
  for (const section of seg.sections) {
    if (section.kind === 'supervision') {
      into.supervision.push(...parseSupervision(section.heading, section.blocks, ctx, section.line));
      continue;
    }
    const before = into.duties.length + into.boundaryMatters.length + into.services.length;
    parseTableBlocks(section.blocks, section.kind, ctx, into);
    if (into.duties.length + into.boundaryMatters.length + into.services.length === before) {
      report(ctx, 'info', 'SECTION_EMPTY', section.line, `“${section.heading}”一节没有表格内容`, section.heading);
    }
  }
  const naming = nameDepartment(seg, into.boundaryMatters);
  const dept: Department = {
    name: naming.name,
    jurisdiction: naming.jurisdiction,
    inferred: naming.inferred,
    ...listTitle(seg.titleText, naming),
    date: listDateOf(seg.blocks),
    source: sourceRef(ctx, seg.line, seg.endLine),
    ...into,
  };
  return { dept, how: naming.how, writtenTitle: seg.titleText };
}

function applyOverrides(departments: Department[], options: ParseOptions): void {
  const overrideName = options.department?.trim();
  for (const dept of departments) {
    // A name given for a file of many departments only replaces names that were guessed.
    if (overrideName && (departments.length === 1 || dept.inferred)) {
      dept.name = overrideName;
      dept.inferred = false;
    }
    if (options.jurisdiction) {
      const given = Object.fromEntries(Object.entries(options.jurisdiction).filter(([, v]) => v !== undefined));
      dept.jurisdiction = { ...dept.jurisdiction, ...given };
    }
  }
}

export function parseDocument(doc: ReadDocument, options: ParseOptions = {}): ParseResult {
  const ctx: ParseContext = { file: doc.file, diagnostics: [] };
  const parsed: Parsed[] = [];
  for (const seg of segment(doc.blocks)) {
    const one = parseSegment(seg, ctx);
    const { dept } = one;
    const records = dept.duties.length + dept.boundaryMatters.length + dept.services.length + dept.supervision.length;
    if (records === 0 && seg.sections.length === 0) continue;
    parsed.push(one);
  }
  // A department whose own text names no province (法制办) shares the one its file names most.
  const documentProvince = provinceMentioned(blockTexts(doc.blocks));
  for (const { dept, how } of parsed) {
    if (!dept.jurisdiction.province && documentProvince) {
      dept.jurisdiction = { ...dept.jurisdiction, province: documentProvince };
      how.push(`省份取自全文最常提及的“${documentProvince}”`);
    }
  }
  const departments = parsed.map((p) => p.dept);
  documentListDates(departments.map((d) => d.date)).lists.forEach((date, i) => {
    departments[i].date = date;
  });
  applyOverrides(departments, options);
  // A derived title names the department and place as they finally stand (province, overrides).
  for (const { dept, writtenTitle } of parsed) Object.assign(dept, listTitle(writtenTitle, dept));
  for (const { dept, how } of parsed) {
    if (dept.inferred) {
      const { province, city, county } = dept.jurisdiction;
      const place = [province, city, county].filter(Boolean).join(' ') || '未知';
      report(
        ctx,
        'info',
        'DEPARTMENT_INFERRED',
        dept.source.line,
        `文件没有标题：部门推断为“${dept.name}”，辖区推断为“${place}”（${how.join('；')}）；可用命令行参数指定部门和辖区`,
        dept.name,
      );
    }
  }
  const recordCount = departments.reduce((n, d) => n + d.duties.length + d.boundaryMatters.length + d.services.length, 0);
  if (recordCount === 0) {
    report(ctx, 'error', 'NO_LIST_FOUND', 1, `文件“${doc.file}”中没有可识别的责任清单（部门职责、职责边界或公共服务事项表）`, '');
  }
  return { departments, diagnostics: ctx.diagnostics };
}
