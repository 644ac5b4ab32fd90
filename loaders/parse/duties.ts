// 部门职责 table → Duty records. A row with a 主要职责 opens a duty; the rows after it
// with empty leading cells add its 具体工作事项 (and their 责任科室 / 备注).
import type { Duty } from '../../domain/records';
import { alignByPosition, reportExtraCells } from './align';
import { extend, report, sourceRef, type ParseContext } from './context';
import type { TableRow } from './table';
import { splitItems } from './text';

function addDistinct(current: string | null, value: string, separator: string): string | null {
  if (!value) return current;
  if (!current) return value;
  return current.split(separator).includes(value) ? current : `${current}${separator}${value}`;
}

export function parseDuties(rows: TableRow[], ctx: ParseContext): Duty[] {
  const duties: Duty[] = [];
  let duty: Duty | null = null;
  for (const row of rows) {
    const r = alignByPosition(row);
    const seq = r.text('seq');
    const main = r.text('duty');
    const items = splitItems(r.text('items'));
    const office = r.text('office').replace(/\n/g, '');
    let remarks = r.text('remarks');
    remarks = [remarks, ...r.extra.map((c) => c.text.trim())].filter(Boolean).join('\n');
    reportExtraCells(ctx, r, '多出的内容已并入备注');
    if (!seq && !main && items.length === 0 && !office && !remarks) continue;

    if (main) {
      duty = {
        seq: seq || null,
        text: main,
        items,
        office: office || null,
        remarks: remarks || null,
        source: sourceRef(ctx, r.line, r.endLine),
      };
      duties.push(duty);
      continue;
    }
    if (!duty) {
      report(ctx, 'warning', 'ROW_UNREADABLE', r.line, '职责行没有主要职责，且前面没有可归属的职责', r.raw);
      continue;
    }
    if (seq) {
      // A vertically merged 主要职责 cell is exported once: a numbered row without it adds to the duty above.
      report(
        ctx,
        'warning',
        'DUTY_TEXT_MISSING',
        r.line,
        `序号 ${seq} 的主要职责为空，其具体工作事项已归入上一条职责（序号 ${duty.seq ?? '无'}）`,
        r.raw,
      );
    }
    duty.items.push(...items);
    duty.office = addDistinct(duty.office, office, '、');
    duty.remarks = addDistinct(duty.remarks, remarks, '\n');
    extend(duty.source, r.endLine);
  }
  return duties;
}
