// GraphML pieces parsed back with a real XML parser (fast-xml-parser): declared keys, escaped
// text, ids that are XML NMTOKENs whatever the keys hold, and XML-illegal characters dropped.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  agencyNode,
  GRAPHML_KEYS,
  graphmlClosing,
  graphmlOpening,
  handlesEdges,
  jurisdictionNode,
  matterNode,
  nodeId,
  xmlEscape,
} from '../../../graph/export/graphml.js';

const jurisdiction = { key: '海南省//临高县', name: '临高县', level: 'county', parentKey: null, agencyCount: 1, matterCount: 1 };
const agency = {
  key: '海南省//临高县|A&B <局>',
  name: 'A&B <局> "x"',
  jurisdictionKey: jurisdiction.key,
  aliases: ['甲', '乙'],
  successors: [],
};
const matter = { key: '海南省//临高县|采砂', title: '采砂\u0007管理', seq: '1', jurisdictionKey: jurisdiction.key };

function document(): string {
  return (
    graphmlOpening('测试 & 导出') +
    jurisdictionNode(jurisdiction) +
    agencyNode(agency) +
    matterNode(matter) +
    handlesEdges({
      key: 'f.txt#L0#M0#A0',
      matterKey: matter.key,
      matter: matter.title,
      jurisdictionKey: jurisdiction.key,
      agencies: [{ key: agency.key, name: agency.name }],
      agencyRaw: 'A&B',
      generic: false,
      division: '负责 <采砂> 许可',
      role: 'lead',
      case: null,
      bases: [],
      listKey: null,
      listDepartment: null,
      file: 'f.txt',
      line: 3,
      endLine: 4,
    }) +
    graphmlClosing()
  );
}

const ELEMENT_LISTS = ['key', 'node', 'edge', 'data'];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ELEMENT_LISTS.includes(name),
});

type Data = Array<{ key: string; '#text': string | number }>;

describe('GraphML', () => {
  it('is well-formed XML with every data key declared for its domain', () => {
    const xml = document();
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parser.parse(xml).graphml;
    const declared = new Map((g.key as Array<{ id: string; for: string }>).map((k) => [k.id, k.for]));
    expect(declared.size).toBe(GRAPHML_KEYS.length);
    for (const n of g.graph.node as Array<{ data: Data }>) for (const d of n.data) expect(declared.get(d.key)).toBe('node');
    for (const e of g.graph.edge as Array<{ data: Data }>) for (const d of e.data) expect(declared.get(d.key)).toBe('edge');
  });

  it('escapes text and keeps it readable after parsing', () => {
    const g = parser.parse(document()).graphml;
    const agencyData = (g.graph.node as Array<{ id: string; data: Data }>).find((n) => n.id === nodeId('agency', agency.key))!.data;
    expect(agencyData.find((d) => d.key === 'label')!['#text']).toBe('A&B <局> "x"');
    expect(agencyData.find((d) => d.key === 'key')!['#text']).toBe(agency.key);
    const edge = (g.graph.edge as Array<{ source: string; target: string; data: Data }>).find((e) =>
      e.data.some((d) => d['#text'] === 'HANDLES'),
    )!;
    expect(edge.source).toBe(nodeId('agency', agency.key));
    expect(edge.target).toBe(nodeId('matter', matter.key));
    expect(edge.data.find((d) => d.key === 'e_division')!['#text']).toBe('负责 <采砂> 许可');
  });

  it('gives every node an NMTOKEN id and drops characters XML 1.0 cannot hold', () => {
    const ids = [...document().matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(new Set(ids).size).toBe(3);
    expect(xmlEscape('采砂\u0007管理\uFFFF')).toBe('采砂管理');
    expect(xmlEscape("<a href='x'>&</a>")).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;');
  });

  it('draws no edge for a generic row', () => {
    const generic = { agencies: [] } as unknown as Parameters<typeof handlesEdges>[0];
    expect(handlesEdges(generic)).toBe('');
  });
});
