// Agency names: the one home of how a name written in a list, typed by a user or found in
// a question is tied to an agency. Lists name one agency many ways (洪江区发改局,
// 区发展和改革局, 发改局, 区发改委; 公安蒸湘分局, 蒸湘公安分局, 区公安局). Everything that
// compares agency names uses this module: the loader's grouping (canonical names and
// aliases), the graph writer's node keys, search (mentions in a question, case sentences),
// the analyses and sharedMatters (names planners type), agencies(name:), and the web's
// short labels.
import { type Jurisdiction, parseJurisdictionKey } from './jurisdiction';

/**
 * Abbreviations and their full forms, as the lists write them. `full` is the form the
 * grouping key expands to; `alternates` are other full spellings (发展改革 for 发展和改革)
 * and `shorts` other abbreviations (药监 for 食药监). 经信 (经济和信息化) and 工信
 * (工业和信息化) stay apart: 洪江区 has an 经济和信息化委员会, 安化县 an 工业和信息化局.
 */
interface Abbreviation {
  short: string;
  full: string;
  alternates?: readonly string[];
  shorts?: readonly string[];
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { short: '发改', full: '发展和改革', alternates: ['发展改革'] },
  { short: '经信', full: '经济和信息化', alternates: ['经济信息化'] },
  { short: '工信', full: '工业和信息化', alternates: ['工业信息化'] },
  { short: '人社', full: '人力资源和社会保障', alternates: ['人力资源社会保障', '人力社保'] },
  { short: '住建', full: '住房和城乡建设', alternates: ['住房城乡建设'] },
  { short: '国土', full: '国土资源' },
  { short: '环保', full: '环境保护' },
  { short: '安监', full: '安全生产监督管理', alternates: ['安全监管'] },
  { short: '食药监', full: '食品药品监督管理', alternates: ['食品药品监管'], shorts: ['药监'] },
  { short: '质监', full: '质量技术监督' },
  { short: '工商', full: '工商行政管理' },
  { short: '海渔', full: '海洋与渔业', alternates: ['海洋和渔业'] },
  { short: '人防', full: '人民防空' },
  { short: '计生', full: '人口和计划生育', alternates: ['计划生育'], shorts: ['人口计生'] },
  { short: '卫计', full: '卫生和计划生育', alternates: ['卫生计生'] },
  { short: '编办', full: '机构编制委员会办公室', shorts: ['编委办'] },
  { short: '规划', full: '城乡规划' },
  { short: '交通', full: '交通运输' },
  { short: '经贸', full: '经济贸易' },
  { short: '城管执法', full: '城市管理行政执法' },
  { short: '城管', full: '城市管理' },
  { short: '教文体', full: '教育文化体育' },
  { short: '民宗', full: '民族宗教事务', alternates: ['民族宗教'] },
  { short: '农办', full: '农村工作办公室' },
];

const formsOfEntry = (a: Abbreviation): string[] => [a.full, ...(a.alternates ?? []), a.short, ...(a.shorts ?? [])];

/** Every written form → its entry; longest forms first so 城乡规划 is never read as 城乡 + 规划. */
const FORM_ENTRY = new Map<string, Abbreviation>(ABBREVIATIONS.flatMap((a) => formsOfEntry(a).map((f) => [f, a] as const)));
const FORMS_LONGEST_FIRST = [...FORM_ENTRY.keys()].sort((a, b) => b.length - a.length);
const FORM_PATTERN = new RegExp(FORMS_LONGEST_FIRST.join('|'), 'g');

/** Every abbreviation written out in full, in one pass: an expansion is never expanded again. */
export function expandAbbreviations(name: string): string {
  return name.replace(FORM_PATTERN, (form) => FORM_ENTRY.get(form)?.full ?? form);
}

/**
 * An agency stem and the same stem with its abbreviation written every other way:
 * 发改 → 发展和改革, 发展改革; 人口和计划生育 → 计生, 人口计生, 计划生育.
 * Each abbreviation found is rewritten on its own (one variant per form, not every combination).
 */
export function stemVariants(stem: string): string[] {
  const out = new Set([stem]);
  for (const entry of ABBREVIATIONS) {
    const forms = formsOfEntry(entry);
    const found = forms.filter((f) => stem.includes(f)).sort((a, b) => b.length - a.length)[0];
    if (found) for (const other of forms) out.add(stem.replace(found, other));
  }
  return [...out];
}

/** What an agency name ends with; also where a glued second name may begin. */
export const AGENCY_SUFFIX = /(局|委员会|委|办公室|办|部|中心|站|所|队|院|处|厅|政府|公司|会|室)$/;

/** 经济贸易局（旅游局、招商合作局）: one organisation under several names (一个机构多块牌子). */
export const PLAQUES = /[（(]([^（）()]*)[）)]/g;

/** After 区/县, these are party or government organs, not the level prefix of an agency. */
const ORGAN_AFTER_LEVEL = /^(委|政府|人大|政协|纪委|人武部)/;

/** 蒸湘区 → 蒸湘, 洪江区 → 洪江; names shorter than three characters have no short form. */
function placeStem(name: string | null): string | null {
  return name && name.length >= 3 ? name.slice(0, -1) : null;
}

/**
 * The grouping key of an agency name within jurisdiction `j`: names with one key are one
 * agency. The place prefix comes off (衡阳市蒸湘区, 蒸湘, 区), abbreviations are written out,
 * 和 dropped, 分局/委员会/办公室/委 folded: 区发改局, 洪江区发展和改革局 and 发改委 meet.
 */
export function agencyGroupKey(raw: string, j: Jurisdiction): string {
  let s = withoutPlacePrefix(raw.replace(PLAQUES, '').replace(/\s+/g, ''), j);
  const county = j.county;
  const countyStem = placeStem(county);
  // 公安蒸湘分局, 市城乡规划局蒸湘分局: the county's branch of a city agency is the county's agency.
  const namesCounty = countyStem !== null && s.includes(countyStem);
  if (namesCounty)
    s = s
      .split(county ?? countyStem)
      .join('')
      .split(countyStem)
      .join('');
  if (namesCounty && s.startsWith('市') && s.endsWith('分局')) s = s.slice(1);
  s = s.replace(/局分局$/, '分局');
  const countyLevel = county?.slice(-1) ?? '市';
  const levelChars = countyLevel === '市' ? '区县市' : '区县';
  if (levelChars.includes(s[0] ?? '') && s.length > 2 && !ORGAN_AFTER_LEVEL.test(s.slice(1))) s = s.slice(1);
  s = expandAbbreviations(s)
    .replace(/和/g, '')
    .replace(/分局$/, '局')
    .replace(/委员会$/, '委')
    .replace(/办公室$/, '办')
    .replace(/(?<=..)委$/, '局');
  return AGENCY_SUFFIX.test(s) ? s : `${s}局`;
}

/** 衡阳市蒸湘区财政局 → 财政局: the jurisdiction's own place names off the front, in full or short (蒸湘). */
function withoutPlacePrefix(name: string, j: Jurisdiction): string {
  const places = [j.province, j.city, j.county, placeStem(j.province), placeStem(j.city), placeStem(j.county)].filter((p): p is string =>
    Boolean(p),
  );
  let s = name;
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const place of places) {
      if (s.startsWith(place) && s.length > place.length + 1) {
        s = s.slice(place.length);
        stripped = true;
      }
    }
  }
  return s;
}

/** The graph's Agency.key: one agency per jurisdiction and canonical name. */
export function agencyNodeKey(jurisdictionKey: string, canonicalName: string): string {
  return `${jurisdictionKey}|${canonicalName}`;
}

/** The jurisdiction key an Agency.key (or Matter.key) starts with. */
export function jurisdictionKeyOf(nodeKey: string): string {
  const bar = nodeKey.indexOf('|');
  return bar < 0 ? nodeKey : nodeKey.slice(0, bar);
}

/**
 * The part of an agency name a sentence is likely to use: without the place
 * (洪江区, 县…) and the final 局/办/委: 洪江区发改局 → 发改, 区发展和改革局 → 发展和改革.
 * Knowing the jurisdiction, its place names come off whole (衡阳市蒸湘区安全生产监督管理局
 * → 安全生产监督管理); without it, everything up to the first 省/市/县/区 does.
 */
export function agencyStem(name: string, j: Jurisdiction | null = null): string {
  const local = j ? withoutPlacePrefix(name, j) : name;
  const unplaced = local !== name ? local.replace(/^[区县市](?=.{2,})/u, '') : name.replace(/^.*?[省市县区](?=.{2,})/u, '');
  return unplaced.replace(/(分局|局|办公室|办|委员会|委|中心|大队)$/u, '');
}

/**
 * The forms that name an agency inside a question (发改局管不管炼油？): its names, and each
 * name's stem written every abbreviation way with its suffix (洪江区发改局 → 发改局,
 * 发展和改革局). A bare stem (发改) is too loose for a question.
 */
export function questionMentionForms(names: readonly string[], j: Jurisdiction | null = null): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    forms.add(name);
    const stem = agencyStem(name, j);
    const suffix = name.slice(name.lastIndexOf(stem) + stem.length);
    if (!suffix) continue;
    for (const v of stemVariants(stem)) if (v.length >= 2) forms.add(v + suffix);
  }
  return [...forms].filter((f) => f.length >= 3);
}

/**
 * The forms by which a case sentence may name an agency: the stems of its names, short and
 * full (案例: "……由区发展和改革局查处" names 洪江区发改局).
 */
export function sentenceMentionForms(names: readonly string[], j: Jurisdiction | null = null): string[] {
  const out = new Set<string>();
  for (const n of names) for (const v of stemVariants(agencyStem(n, j))) if (v.length >= 2) out.add(v);
  return [...out];
}

/** An agency with the forms that name it, derived once per agency list (see `withMentionForms`). */
export interface MentionableAgency {
  key: string;
  questionForms: readonly string[];
}

export function withMentionForms(agencies: ReadonlyArray<{ key: string; names: readonly string[] }>): MentionableAgency[] {
  return agencies.map((a) => ({ key: a.key, questionForms: questionMentionForms(a.names, jurisdictionOfAgency(a.key)) }));
}

/** The jurisdiction an Agency.key names (`湖南省/衡阳市/蒸湘区|…`). */
export function jurisdictionOfAgency(agencyKey: string): Jurisdiction {
  return parseJurisdictionKey(jurisdictionKeyOf(agencyKey));
}

export interface AgencyMentions {
  agencyKeys: Set<string>;
  /** The words of the question that named them. */
  words: string[];
}

/** The agencies a question names itself, and the words that named them. */
export function findAgencyMentions(question: string, agencies: readonly MentionableAgency[]): AgencyMentions {
  const agencyKeys = new Set<string>();
  const words = new Set<string>();
  for (const a of agencies) {
    for (const form of a.questionForms) {
      if (question.includes(form)) {
        agencyKeys.add(a.key);
        words.add(form);
      }
    }
  }
  return { agencyKeys, words: [...words] };
}

/**
 * An agency's name without the city and county prefix its jurisdiction already implies:
 * 衡阳市蒸湘区教育局 → 区教育局, like the 区残联 / 区发改委 the lists also write. For graph
 * labels; everything else shows and queries the full name.
 */
export function shortAgencyName(name: string, jurisdiction: string | null): string {
  let short = name.replace(/^[^市]{1,6}市(?=.{3,})/, '');
  if (jurisdiction && jurisdiction.length > 1) {
    const stem = jurisdiction.slice(0, -1); // 蒸湘区 → 蒸湘, keep the 区/县 that starts the short name
    if (short.startsWith(stem) && short.length > stem.length + 2) short = short.slice(stem.length);
  }
  return short;
}

/** An agency as name resolution sees it. */
export interface NamedAgency {
  key: string;
  name: string;
  aliases: readonly string[];
}

export interface AgencyNameResolution {
  /** Agency key per input name, in input order, for the names that resolved to one agency. */
  keys: string[];
  unknown: string[];
  /** Names that fit several agencies, with the candidates' canonical names. */
  ambiguous: Array<{ name: string; candidates: string[] }>;
}

/**
 * The agencies a typed name may mean: the agency whose key, name or alias it is exactly;
 * else every agency whose grouping key it shares within the agency's own jurisdiction
 * (安监局 ~ 衡阳市蒸湘区安全生产监督管理局, whose aliases say 区安监局).
 */
export function agenciesNamed(name: string, agencies: readonly NamedAgency[], index = groupIndex(agencies)): NamedAgency[] {
  const typed = name.trim();
  const exact = agencies.filter((a) => a.key === typed || a.name === typed || a.aliases.includes(typed));
  if (exact.length) return exact;
  const found = new Set<NamedAgency>();
  for (const [jKey, groups] of index) {
    for (const a of groups.get(agencyGroupKey(typed, parseJurisdictionKey(jKey))) ?? []) found.add(a);
  }
  return [...found];
}

type GroupIndex = Map<string, Map<string, Set<NamedAgency>>>;

/** Grouping keys of every agency's names, per jurisdiction (from the agency key). */
export function groupIndex(agencies: readonly NamedAgency[]): GroupIndex {
  const index: GroupIndex = new Map();
  for (const agency of agencies) {
    const jKey = jurisdictionKeyOf(agency.key);
    const jurisdiction = parseJurisdictionKey(jKey);
    const groups = index.get(jKey) ?? new Map<string, Set<NamedAgency>>();
    index.set(jKey, groups);
    for (const form of [agency.name, ...agency.aliases]) {
      const group = agencyGroupKey(form, jurisdiction);
      groups.set(group, (groups.get(group) ?? new Set()).add(agency));
    }
  }
  return index;
}

/** Resolves the names a user typed (安监局, 公安分局, 区发改局) to agencies, one each. */
export function resolveAgencyNames(names: readonly string[], agencies: readonly NamedAgency[]): AgencyNameResolution {
  const index = groupIndex(agencies);
  const result: AgencyNameResolution = { keys: [], unknown: [], ambiguous: [] };
  for (const raw of names) {
    const candidates = agenciesNamed(raw, agencies, index);
    if (candidates.length === 1) result.keys.push(candidates[0]!.key);
    else if (candidates.length === 0) result.unknown.push(raw);
    else result.ambiguous.push({ name: raw, candidates: candidates.map((a) => a.name) });
  }
  return result;
}
