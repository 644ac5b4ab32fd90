// GraphML for Gephi and yEd: the shared nodes (jurisdictions, agencies, matters, bases) and
// their links, directed, with every attribute declared as a <key>. An agency's responsibility
// for a matter is ONE edge agency → matter (HANDLES) carrying the division, role and source,
// rather than the graph's reified Responsibility node: in Gephi and yEd the question is who
// is linked to what, and a reified node would double the hops. Matters link to the bases
// their rows rest on (RESTS_ON, weight = rows). Generic rows (其他有关部门) name no agency and
// draw no edge. Node ids are k + a hash of the node's key (GraphML ids are XML NMTOKENs; our
// keys hold | / 《 》), the key itself is the `key` attribute. Everything is XML-escaped, and
// characters XML 1.0 cannot hold (control characters from messy documents) are dropped.
import { createHash } from 'node:crypto';
import type { AgencyRow, BasisRow, JurisdictionRow, MatterBasisRow, MatterRow, ResponsibilityRow } from './tables.js';

export type NodeKind = 'jurisdiction' | 'agency' | 'matter' | 'basis';
export type EdgeLabel = 'PART_OF' | 'IN' | 'HANDLES' | 'RESTS_ON';

interface KeyDeclaration {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
  default?: string;
}

/** Every attribute, declared once at the top of the file (id = attr.name, each name used once per domain). */
export const GRAPHML_KEYS: readonly KeyDeclaration[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'key', for: 'node', name: 'key', type: 'string' },
  { id: 'level', for: 'node', name: 'level', type: 'string' },
  { id: 'jurisdictionKey', for: 'node', name: 'jurisdictionKey', type: 'string' },
  { id: 'aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'docNumber', for: 'node', name: 'docNumber', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double', default: '1.0' },
  { id: 'e_division', for: 'edge', name: 'division', type: 'string' },
  { id: 'e_role', for: 'edge', name: 'role', type: 'string' },
  { id: 'e_case', for: 'edge', name: 'case', type: 'string' },
  { id: 'e_listDepartment', for: 'edge', name: 'listDepartment', type: 'string' },
  { id: 'e_responsibilityKey', for: 'edge', name: 'responsibilityKey', type: 'string' },
  { id: 'e_file', for: 'edge', name: 'file', type: 'string' },
  { id: 'e_line', for: 'edge', name: 'line', type: 'int' },
  { id: 'e_endLine', for: 'edge', name: 'endLine', type: 'int' },
];

/** Characters XML 1.0 does not allow at all, not even escaped (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML cannot hold are what is removed.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const PREFIX: Record<NodeKind, string> = { jurisdiction: 'j', agency: 'a', matter: 'm', basis: 'b' };

/** A node's GraphML id: deterministic (the same in every export), an NMTOKEN whatever the key holds. */
export function nodeId(kind: NodeKind, key: string): string {
  return PREFIX[kind] + createHash('sha256').update(key).digest('hex').slice(0, 20);
}

export function graphmlOpening(description: string): string {
  const keys = GRAPHML_KEYS.map((k) => {
    const open = `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"`;
    return k.default === undefined ? `${open}/>` : `${open}><default>${k.default}</default></key>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="jurisgraph" edgedefault="directed">',
    `    <desc>${xmlEscape(description)}</desc>`,
    '',
  ].join('\n');
}

export function graphmlClosing(): string {
  return '  </graph>\n</graphml>\n';
}

type Data = Record<string, string | number | null | undefined>;

function data(values: Data): string {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined && e[1] !== '')
    .map(([id, v]) => `<data key="${id}">${typeof v === 'number' ? String(v) : xmlEscape(v)}</data>`)
    .join('');
}

function node(kind: NodeKind, key: string, label: string, values: Data = {}): string {
  return `    <node id="${nodeId(kind, key)}">${data({ label, kind, key, ...values })}</node>\n`;
}

function edge(source: string, target: string, label: EdgeLabel, values: Data = {}): string {
  const attributes: Data = {};
  for (const [k, v] of Object.entries(values)) attributes[`e_${k}`] = v;
  return `    <edge source="${source}" target="${target}">${data({ e_label: label, ...attributes })}</edge>\n`;
}

export function jurisdictionNode(r: JurisdictionRow): string {
  return node('jurisdiction', r.key, r.name || '未知辖区', { level: r.level });
}

/** A jurisdiction's PART_OF edge to its parent; only when the parent is in the file too. */
export function partOfEdge(r: Pick<JurisdictionRow, 'key' | 'parentKey'>): string {
  return r.parentKey === null ? '' : edge(nodeId('jurisdiction', r.key), nodeId('jurisdiction', r.parentKey), 'PART_OF');
}

/** An agency and its IN edge (its jurisdiction is written before it). */
export function agencyNode(r: AgencyRow): string {
  return (
    node('agency', r.key, r.name, { jurisdictionKey: r.jurisdictionKey, aliases: r.aliases.join('；') }) +
    edge(nodeId('agency', r.key), nodeId('jurisdiction', r.jurisdictionKey), 'IN')
  );
}

/** A matter and its IN edge. */
export function matterNode(r: MatterRow): string {
  return (
    node('matter', r.key, r.title, { jurisdictionKey: r.jurisdictionKey }) +
    edge(nodeId('matter', r.key), nodeId('jurisdiction', r.jurisdictionKey), 'IN')
  );
}

export function basisNode(r: BasisRow): string {
  return node('basis', r.key, r.title ?? r.docNumber ?? r.key, { docNumber: r.docNumber });
}

/** One HANDLES edge per agency the row names (none for a generic row). */
export function handlesEdges(r: ResponsibilityRow): string {
  return r.agencies
    .map((a) =>
      edge(nodeId('agency', a.key), nodeId('matter', r.matterKey), 'HANDLES', {
        division: r.division,
        role: r.role,
        case: r.case,
        listDepartment: r.listDepartment,
        responsibilityKey: r.key,
        file: r.file,
        line: r.line,
        endLine: r.endLine,
      }),
    )
    .join('');
}

export function restsOnEdge(r: MatterBasisRow): string {
  return edge(nodeId('matter', r.matterKey), nodeId('basis', r.basisKey), 'RESTS_ON', { weight: r.rows });
}
