// The dispute dossier as a Word document: a 职责界定意见（草稿） laid out the way a county
// 编办 writes one (title, the matter in dispute, 一 to 五, 附：出处), for staff to take to a
// coordination meeting and edit. Every fact in the body cites 〔出处n〕, the n-th entry of the
// appendix, which gives its file, lines and list title, or the ruling's reference.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import type {
  DossierContradiction,
  Dossier,
  DossierRow,
  DossierSource,
  ListStatement,
  ProposalEvidence,
} from '../../graph/dispute/dossier.js';

/** 仿宋 三号 for the body, 小标宋 二号 for the title (GB/T 9704 党政机关公文格式), half-points. */
const BODY_FONT = 'FangSong';
const TITLE_FONT = 'SimSun';
const BODY_SIZE = 32;
// Page margins (top, bottom, left, right) of GB/T 9704: 37 mm, 35 mm, 28 mm, 26 mm, in twips.
const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 };
const TABLE_SIZE = 21;
const TITLE_SIZE = 44;

const ROLE = { lead: '主办', cooperate: '协办' } as const;

/** Collects the sources the body cites, numbering each once. */
class Citations {
  readonly entries: string[] = [];
  private readonly index = new Map<string, number>();

  cite(source: DossierSource | null, reference: string | null = null): string {
    const entry = source ? sourceText(source) : reference ? `协调意见 ${reference}` : null;
    if (!entry) return '';
    let n = this.index.get(entry);
    if (n === undefined) {
      this.entries.push(entry);
      n = this.entries.length;
      this.index.set(entry, n);
    }
    return `〔出处${n}〕`;
  }
}

function sourceText(s: DossierSource): string {
  const lines = s.endLine > s.line ? `第 ${s.line}–${s.endLine} 行` : `第 ${s.line} 行`;
  return `${s.file} ${lines}${s.title ? `（${s.title}）` : ''}`;
}

const run = (text: string, extra: Partial<ConstructorParameters<typeof TextRun>[0] & object> = {}) =>
  new TextRun({ text, font: BODY_FONT, size: BODY_SIZE, ...extra });

const para = (text: string, options: { bold?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    children: [run(text, { bold: options.bold ?? false })],
    indent: options.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560 },
  });

const heading = (text: string) =>
  new Paragraph({ children: [new TextRun({ text, font: 'SimHei', size: BODY_SIZE, bold: true })], spacing: { before: 240, line: 560 } });

const subheading = (text: string) =>
  new Paragraph({
    children: [new TextRun({ text, font: 'KaiTi', size: BODY_SIZE, bold: true })],
    indent: { firstLine: 640 },
    spacing: { line: 560 },
  });

function cell(text: string | Paragraph[], width: number, header = false): TableCell {
  const children =
    typeof text === 'string'
      ? text
          .split('\n')
          .map((t) => new Paragraph({ children: [new TextRun({ text: t, font: BODY_FONT, size: TABLE_SIZE, bold: header })] }))
      : text;
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: children.length ? children : [new Paragraph('')] });
}

/** The width between the margins (A4, GB/T 9704 margins), in twentieths of a point. */
const TEXT_WIDTH = 11906 - MARGIN.left - MARGIN.right;

/** A table across the text width; `shares` weigh the columns (the division and the bases get room, the role little). */
function table(header: string[], rows: Array<Array<string | Paragraph[]>>, shares: number[] = header.map(() => 1)): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, widths[i]!, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, widths[i]!)) })),
    ],
  });
}

function basesText(row: DossierRow): string {
  return row.bases
    .map((b) => {
      const name = b.title ? `《${b.title}》` : b.raw;
      const number = b.docNumber ? `（${b.docNumber}）` : '';
      const articles = b.articles.length ? b.articles.join('、') : '';
      return `${name}${number}${articles}${b.inherited ? '（沿用本事项依据）' : ''}`;
    })
    .join('\n');
}

function rowsTable(rows: readonly DossierRow[], citations: Citations, withAgency: boolean): Table {
  return table(
    [...(withAgency ? ['部门'] : []), '事项', '分工', '主办/协办', '依据（文号、条款）', '案例', '清单及出处'],
    rows.map((r) => [
      ...(withAgency ? [r.agency?.name ?? r.agencyRaw] : []),
      r.matter.title,
      r.division,
      r.role ? ROLE[r.role] : '未写明',
      basesText(r) || '未载明',
      r.case ?? '',
      `${r.list.title ?? `${r.list.department}清单`}${citations.cite(r.source)}`,
    ]),
    [...(withAgency ? [3] : []), 3, 6, 2, 5, 4, 3],
  );
}

/** What two lists say, side by side, with the differing characters marked: 删除线 only in the first, 下划线 only in the second. */
function contradictionParts(c: DossierContradiction, n: number, citations: Citations): Array<Paragraph | Table> {
  const side = (s: ListStatement) =>
    s.rows.map(
      (r) =>
        new Paragraph({
          children: [
            new TextRun({
              text: `${r.agency?.name ?? r.agencyRaw}：${r.division}${citations.cite(r.source)}`,
              font: BODY_FONT,
              size: TABLE_SIZE,
            }),
          ],
        }),
    );
  const title = (s: ListStatement) => `${s.list.title ?? `${s.list.department}清单`}“${s.matter.title}”`;
  const parts: Array<Paragraph | Table> = [
    subheading(`（${chineseNumber(n)}）${c.explanation}`),
    table([title(c.first), title(c.second)], [[side(c.first), side(c.second)]]),
  ];
  for (const d of c.divergent) {
    parts.push(
      new Paragraph({
        indent: { firstLine: 640 },
        spacing: { line: 560 },
        children: [
          run(`${d.agency?.name ?? d.agencyRaw}的分工差异：`, { bold: true }),
          ...d.diff.map((s) =>
            s.kind === 'same'
              ? run(s.text)
              : s.kind === 'removed'
                ? run(s.text, { strike: true, color: 'C00000' })
                : run(s.text, { underline: { type: UnderlineType.SINGLE }, color: '0070C0' }),
          ),
        ],
      }),
    );
  }
  if (c.divergent.length) parts.push(para('（删除线为仅前一份清单有的文字，下划线为仅后一份清单有的文字。）'));
  return parts;
}

function evidenceLine(e: ProposalEvidence, citations: Citations): string {
  return `${e.statement}${citations.cite(e.source, e.reference)}`;
}

/** 1 → 一, up to 99: enough for sections and contradictions. */
export function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? digits[tens] : ''}十${n % 10 ? digits[n % 10] : ''}`;
}

/** 2026-12-01 → 2026年12月1日 (the date as a document writes it). */
function documentDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function dossierDocument(d: Dossier, today: string): Document {
  const citations = new Citations();
  const body: Array<Paragraph | Table> = [];
  const names = d.agencies.map((a) => a.name).join('、');

  body.push(heading('争议事项'));
  body.push(para(`辖区：${d.jurisdiction.name}`));
  body.push(para(`争议事项：${d.question}`));
  body.push(para(`争议部门：${names}`));
  body.push(para(`日期：${documentDate(today)}`));
  if (d.matters.length) body.push(para(`清单所涉管理事项：${d.matters.map((m) => `“${m.title}”`).join('、')}`));
  if (d.note) body.push(para(d.note));

  body.push(heading('一、各部门清单载明的职责'));
  d.sections.forEach((s, i) => {
    body.push(subheading(`（${chineseNumber(i + 1)}）${s.agency.name}`));
    if (s.rows.length) body.push(rowsTable(s.rows, citations, false));
    else body.push(para(`所涉事项的职责边界清单中未载明${s.agency.name}。`));
    if (s.duties.length) {
      body.push(para('本部门职责清单中与争议事项有关的内容：'));
      for (const line of s.duties) body.push(para(`${line.text}${line.detail ? `：${line.detail}` : ''}${citations.cite(line.source)}`));
    }
  });
  if (d.others.length) {
    body.push(subheading(`（${chineseNumber(d.sections.length + 1)}）同一事项中的其他部门`));
    body.push(rowsTable(d.others, citations, true));
  }

  body.push(heading('二、清单之间的矛盾'));
  if (d.contradictions.length === 0) body.push(para('所涉事项在已加载的清单之间未见矛盾。'));
  d.contradictions.forEach((c, i) => body.push(...contradictionParts(c, i + 1, citations)));

  body.push(heading('三、其他地区的分工'));
  if (d.comparisons.length === 0) body.push(para('已加载的其他地区清单中未见同一事项。'));
  for (const m of d.comparisons) {
    const place = m.jurisdictionKey.split('/').filter(Boolean).join('');
    body.push(subheading(`${place}“${m.matter.title}”`));
    for (const a of m.assignments)
      body.push(
        para(
          `${a.agency?.name ?? a.row.agencyRaw}：${a.row.division || '（未写分工）'}${citations.cite({ ...a.row.source, title: null })}`,
        ),
      );
  }

  body.push(heading('四、既往协调意见'));
  if (d.rulings.length === 0) body.push(para('所涉事项尚无已录入的协调意见。'));
  for (const r of d.rulings) {
    const who = r.lead
      ? `由${r.lead.name}主办${r.cooperating.length ? `，${r.cooperating.map((c) => c.name).join('、')}协办` : ''}`
      : '撤销此前的协调意见';
    const state = r.current ? '（现行）' : '（已被取代）';
    body.push(
      para(
        `${r.decidedBy}${documentDate(r.decidedOn)}（${r.reference}）：“${r.matterTitle}”${who}。依据：${r.basis}${state}${citations.cite(null, r.reference)}`,
      ),
    );
  }

  body.push(heading('五、初步意见'));
  body.push(para(d.proposal.text, { bold: true }));
  if (d.proposal.evidence.length) {
    body.push(para('证据链：'));
    d.proposal.evidence.forEach((e, i) => body.push(para(`${i + 1}. ${evidenceLine(e, citations)}`)));
  }
  if (!d.proposal.decided && d.proposal.conflicting.length) {
    body.push(para('相互矛盾的材料：'));
    d.proposal.conflicting.forEach((e, i) => body.push(para(`${i + 1}. ${evidenceLine(e, citations)}`)));
  }

  body.push(heading('附：出处'));
  citations.entries.forEach((entry, i) => body.push(para(`${i + 1}. ${entry}`, { indent: false })));

  return new Document({
    creator: 'jurisgraph',
    title: `职责界定意见（草稿）：${d.question}`,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { margin: MARGIN } },
        // Page numbers as a 公文 prints them: — 1 —, centred.
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: 'SimSun', size: 28 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: '职责界定意见（草稿）', font: TITLE_FONT, size: TITLE_SIZE, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(`关于${names}在“${d.question}”上的职责争议`)],
          }),
          ...body,
        ],
      },
    ],
  });
}

/** The .docx bytes. */
export function dossierDocx(d: Dossier, today: string): Promise<Buffer> {
  return Packer.toBuffer(dossierDocument(d, today));
}
