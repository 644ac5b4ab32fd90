// Small text helpers shared by the table parsers: trimming the export's padding,
// gluing lines that Word wrapped, splitting numbered items, units and phones.
import { ITEM_NUMBER, LINE_OPENER, UNIT_SEPARATOR, PHONE, UNIT_END } from '../rules';

/** Trims every line (String#trim covers ASCII, full-width 　 and no-break spaces) and drops empty lines. */
export function clean(text: string): string {
  if (!text.includes('\n')) return text.trim();
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** A name or title that Word wrapped over lines: the breaks carry no meaning (食品诚信管理 / 体系建设培训). */
export function oneLine(text: string): string {
  return clean(text).replace(/\n/g, '');
}

/**
 * Glues a paragraph that continued a cell after a blank line. A new numbered point or a
 * finished sentence starts a new line; anything else was cut mid-sentence (…加强全县工 / 业和…).
 */
export function joinContinuation(before: string, after: string): string {
  const head = before.replace(/[\s\u3000]+$/, '');
  if (head.length === 0) return after;
  // Numbers on both sides (82012711 / 82012353) are two numbers, never one; a name ending in
  // 局/股… followed by one starting with 区/县… (区卫生局 / 区计生局) are two names.
  if (
    (UNIT_END.test(head) && /^[区县市省]/.test(after)) ||
    LINE_OPENER.test(after) ||
    /[。；;：:！？）)》]$/.test(head) ||
    (/[0-9A-Za-z]$/.test(head) && /^[\s\u3000]*[0-9A-Za-z]/.test(after))
  ) {
    return `${head}\n${after}`;
  }
  return head + after.replace(/^[\s\u3000]+/, '');
}

/**
 * Names listed one per line, where a line that does not end like a name is the first half
 * of a wrapped one: 运行一科 / 运行二科 are two units, 信息化管理 / 办公室 is one.
 */
export function wrappedNames(text: string, nameEnd: RegExp = UNIT_END): string[] {
  const names: string[] = [];
  let pending = '';
  for (const line of clean(text).split('\n')) {
    pending += line;
    if (nameEnd.test(pending)) {
      names.push(pending);
      pending = '';
    }
  }
  if (pending) names.push(pending);
  return names;
}

/** Units named by a 承办机构 cell: one per line and/or separated by 、；. */
export function splitUnits(text: string): string[] {
  const units = wrappedNames(text).flatMap((line) => line.split(UNIT_SEPARATOR));
  return [...new Set(units.map((u) => u.trim()).filter((u) => u.length > 0))];
}

/** Phone numbers in a 联系电话 cell; a number cut after its area code (0737- / 7230976) is glued back. */
export function splitPhones(text: string): string[] {
  const glued = clean(text).replace(/([-－—])\n/g, '$1');
  return [...new Set(glued.match(PHONE) ?? [])];
}

/**
 * Work items of a 具体工作事项 cell. When every line opens with a number (1、… 2、…) each line
 * is one item; otherwise the cell is a single item, its lines joined.
 */
export function splitItems(text: string): string[] {
  const lines = clean(text)
    .split('\n')
    .filter((l) => l.length > 0);
  if (lines.length === 0) return [];
  if (lines.length > 1 && ITEM_NUMBER.test(lines[0])) {
    const items: string[] = [];
    for (const line of lines) {
      if (ITEM_NUMBER.test(line) || items.length === 0) items.push(line.replace(ITEM_NUMBER, ''));
      else items[items.length - 1] += line;
    }
    return items.filter((i) => i.length > 0);
  }
  const single = lines.join('\n');
  const unnumbered = single.replace(ITEM_NUMBER, '');
  return [unnumbered.length > 0 ? unnumbered : single];
}
