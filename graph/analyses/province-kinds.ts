// The department KIND an agency is, for comparing counties: 公安局 of every county is the kind
// 公安. Kinds come from domain/department-profiles.ts (profileOfAgencyName). An agency no
// profile recognises (编办, 法制办, 党委部门 …) is grouped by its name with the place taken off
// (石川县编办 and 云川县编办 are one kind 编办): grouping them all as one 其他 node would draw a
// hub that overlaps with everything and says nothing, while the name without the place still
// groups the same office of every county. Pure: unit-tested without Neo4j.

import { profileOfAgencyName } from '../../domain/department-profiles.js';

export interface AgencyKind {
  /** Profile id (public-security), or `name:<name without place>` for an agency no profile recognises. */
  id: string;
  /** Short Chinese label shown on the node: 公安, 市场监管, 编办. */
  label: string;
  /** The profile id, null when grouped by name. */
  profileId: string | null;
}

/** Node labels of the profiles: the profile's `kind` is a sentence (工商行政管理（市场监督管理）部门), a node needs a word. */
const SHORT_LABELS: Readonly<Record<string, string>> = {
  'public-security': '公安',
  'traffic-police': '交警',
  'fire-rescue': '消防',
  environment: '环保',
  'land-resources': '国土',
  'urban-planning': '规划',
  'housing-construction': '住建',
  'urban-management': '城管',
  transport: '交通',
  'market-regulation': '市场监管',
  'quality-supervision': '质监',
  'food-drug': '食药监',
  price: '物价',
  'development-reform': '发改',
  'industry-it': '工信',
  commerce: '商务',
  education: '教育',
  'human-resources': '人社',
  'medical-security': '医保',
  'civil-affairs': '民政',
  veterans: '退役军人',
  health: '卫生',
  'family-planning': '计生',
  water: '水利',
  agriculture: '农业农村',
  forestry: '林业',
  'livestock-fishery': '畜牧水产',
  'work-safety': '应急（安监）',
  culture: '文广体',
  tourism: '旅游',
  finance: '财政',
  taxation: '税务',
  audit: '审计',
  statistics: '统计',
  justice: '司法',
  petitions: '信访',
  'housing-fund': '公积金',
  postal: '邮政',
  'power-supply': '供电',
  'water-gas-utilities': '水气企业',
  'ethnic-religious': '民宗',
  'civil-air-defence': '人防',
  'local-finance': '金融办',
  township: '乡镇街道',
  'hotline-12345': '12345',
};

/** 县委宣传部 keeps its 县委; 县编办 loses its 县. */
const LEADING_LEVEL = /^[省市州县区旗](?![委政])/;

/** The name an unrecognised agency is grouped by: without the names of its places and a leading 县/区. */
export function nameWithoutPlace(name: string, placeNames: readonly string[]): string {
  let rest = name.replace(/\s+/g, '');
  // Longest first, repeatedly: 湖南省衡阳市蒸湘区编办 → 编办.
  const places = [...placeNames].filter(Boolean).sort((a, b) => b.length - a.length);
  for (let changed = true; changed; ) {
    changed = false;
    for (const place of places)
      if (rest.startsWith(place) && rest.length > place.length) {
        rest = rest.slice(place.length);
        changed = true;
      }
  }
  const stripped = rest.replace(LEADING_LEVEL, '');
  return stripped || rest;
}

/** The kind of an agency of a county whose places (province, city, county names) are `placeNames`. */
export function agencyKind(name: string, placeNames: readonly string[]): AgencyKind {
  const profile = profileOfAgencyName(name);
  if (profile) return { id: profile.id, label: SHORT_LABELS[profile.id] ?? profile.kind, profileId: profile.id };
  const label = nameWithoutPlace(name, placeNames);
  return { id: `name:${label}`, label, profileId: null };
}
