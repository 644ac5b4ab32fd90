// Node colour in the overlap graph: the sector an agency works in, from the kind of department
// its name says it is (domain/department-profiles.ts). Sector rather than a detected community:
// a planner asks "are the overlaps inside 城建 or across sectors?", and a sector keeps its colour
// from one district to the next, where label-propagation communities of a dense district
// graph mostly came out as one or two arbitrary blobs. Pure, so it is unit-tested.

import { profileOfAgencyName } from '../../../domain/department-profiles.js';

export interface Sector {
  id: string;
  /** Legend text (Chinese, user-facing). */
  label: string;
  /** Node fill; chosen apart from the edge colours (blue, orange, red) so nodes never read as edges. */
  color: string;
  /** Profile ids (domain/department-profiles.ts) of the department kinds in this sector. */
  profiles: readonly string[];
}

export const sectors: readonly Sector[] = [
  {
    id: 'security',
    label: '政法与公共安全',
    color: '#7c5cc4',
    profiles: ['public-security', 'traffic-police', 'fire-rescue', 'justice', 'petitions', 'work-safety', 'civil-air-defence'],
  },
  {
    id: 'economy',
    label: '经济与市场监管',
    color: '#1f9e89',
    profiles: [
      'market-regulation',
      'quality-supervision',
      'food-drug',
      'price',
      'development-reform',
      'industry-it',
      'commerce',
      'finance',
      'taxation',
      'audit',
      'statistics',
      'local-finance',
      'tourism',
    ],
  },
  {
    id: 'urban',
    label: '城建、资源与环境',
    color: '#b7791f',
    profiles: ['environment', 'land-resources', 'urban-planning', 'housing-construction', 'urban-management', 'transport', 'housing-fund'],
  },
  {
    id: 'rural',
    label: '农林水',
    color: '#4d9a2a',
    profiles: ['agriculture', 'forestry', 'livestock-fishery', 'water'],
  },
  {
    id: 'social',
    label: '社会事业与民生',
    color: '#d0508f',
    profiles: [
      'education',
      'human-resources',
      'medical-security',
      'civil-affairs',
      'veterans',
      'health',
      'family-planning',
      'culture',
      'ethnic-religious',
    ],
  },
  { id: 'township', label: '乡镇街道', color: '#4a6fa5', profiles: ['township'] },
  // Companies, vertical services and every agency no profile recognises (编办, 残联, 党委部门 …).
  { id: 'other', label: '其他', color: '#9aa3ad', profiles: ['power-supply', 'water-gas-utilities', 'postal', 'hotline-12345'] },
];

const otherSector = sectors[sectors.length - 1]!;
const byProfile = new Map(sectors.flatMap((s) => s.profiles.map((p) => [p, s] as const)));

/** The sector of an agency by its full name; 其他 when no department kind fits. */
export function sectorOfAgency(name: string): Sector {
  const profile = profileOfAgencyName(name);
  return (profile && byProfile.get(profile.id)) || otherSector;
}

/** The sectors present among `names`, in legend order. */
export function sectorsPresent(sectorIds: Iterable<string>): Sector[] {
  const present = new Set(sectorIds);
  return sectors.filter((s) => present.has(s.id));
}
