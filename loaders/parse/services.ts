// 公共服务事项 table → PublicService records. Rows with empty 序号 and 服务事项 continue
// the service above (more content, another 承办机构).
import type { PublicService } from '../../domain/records';
import { alignByPosition, reportExtraCells } from './align';
import { extend, report, sourceRef, type ParseContext } from './context';
import type { TableRow } from './table';
import { oneLine, splitPhones, splitUnits } from './text';

function union(into: string[], more: string[]): void {
  for (const m of more) if (!into.includes(m)) into.push(m);
}

export function parseServices(rows: TableRow[], ctx: ParseContext): PublicService[] {
  const services: PublicService[] = [];
  let service: PublicService | null = null;
  for (const row of rows) {
    const r = alignByPosition(row);
    const seq = r.text('seq');
    const title = oneLine(r.text('title'));
    const content = r.text('content');
    const unitText = r.text('unit');
    const phoneText = r.text('phone');
    if (!seq && !title && !content && !unitText && !phoneText) continue;
    reportExtraCells(ctx, r, '多出的内容未能归列，已忽略');
    const units = splitUnits(unitText);
    const phones = splitPhones(phoneText);
    if (phoneText && phones.length === 0) {
      report(ctx, 'warning', 'PHONE_UNREADABLE', r.line, `联系电话“${phoneText}”中没有可识别的电话号码`, r.raw);
    }
    if (title) {
      service = { seq: seq || null, title, content: content || null, units, phones, source: sourceRef(ctx, r.line, r.endLine) };
      services.push(service);
      continue;
    }
    if (!service) {
      report(ctx, 'warning', 'ROW_UNREADABLE', r.line, '服务事项为空，且前面没有可归属的服务事项', r.raw);
      continue;
    }
    if (seq) {
      report(ctx, 'warning', 'SEQ_WITHOUT_TITLE', r.line, `序号 ${seq} 没有服务事项名称，视为上一服务事项的续行`, r.raw);
    }
    if (content) service.content = service.content ? `${service.content}\n${content}` : content;
    union(service.units, units);
    union(service.phones, phones);
    extend(service.source, r.endLine);
  }
  return services;
}
