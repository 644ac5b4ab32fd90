// Names a department and its jurisdiction: from its title when it has one, else from a
// 部门名称 line, else by inference (000 and 003 have neither): the agency that appears
// in (nearly) every boundary matter is the one whose list this is, and the county comes
// from that agency's name or from the place most named in the text.
import type { Block } from '../blocks';
import type { BoundaryMatter } from '../../domain/records';
import { agencyGroupKey } from '../../domain/agency-names';
import type { Jurisdiction } from '../../domain/jurisdiction';
import { LEVEL_WORD, PLACE_PREFIX } from '../rules';
import { countyMentioned, mostCounted, placeOf, provinceMentioned } from './jurisdiction';
import type { Segment } from './segment';

export interface Naming {
  name: string;
  jurisdiction: Jurisdiction;
  inferred: boolean;
  /** How the name and jurisdiction were found, for the report. */
  how: string[];
}

/** The text of every paragraph and cell, one string each. */
export function* blockTexts(blocks: Block[]): Generator<string> {
  for (const b of blocks) {
    if (b.kind === 'text') yield b.text;
    else for (const c of b.cells) yield c.text;
  }
}

const UNKNOWN_PLACE: Jurisdiction = { province: null, city: null, county: null };

/**
 * 洪江区经信局, 区经信局 and 经信局 are one agency for the purpose of counting: the place is
 * not known yet, so any place prefix comes off before the usual grouping key.
 */
function countingKey(name: string): string {
  const prefix = PLACE_PREFIX.exec(name)?.[0] ?? '';
  return agencyGroupKey(name.slice(prefix.length), UNKNOWN_PLACE);
}

/** The agency named in the most matters (at least half of them), in its most common written form. */
export function agencyInEveryMatter(matters: BoundaryMatter[]): string | null {
  const matterCount = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const matter of matters) {
    const seen = new Set<string>();
    for (const a of matter.assignments) {
      for (const name of a.agencies) {
        const key = countingKey(name);
        if (!key) continue;
        const byForm = forms.get(key) ?? new Map<string, number>();
        byForm.set(name, (byForm.get(name) ?? 0) + 1);
        forms.set(key, byForm);
        if (!seen.has(key)) matterCount.set(key, (matterCount.get(key) ?? 0) + 1);
        seen.add(key);
      }
    }
  }
  const best = mostCounted(matterCount);
  if (!best || best.count < Math.max(1, Math.ceil(matters.length / 2))) return null;
  const byForm = [...(forms.get(best.key) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  return byForm[0]?.[0] ?? null;
}

function withProvince(jurisdiction: Jurisdiction, blocks: Block[], how: string[]): Jurisdiction {
  if (jurisdiction.province) return jurisdiction;
  const province = provinceMentioned(blockTexts(blocks));
  if (province) how.push(`省份取自正文中最常提及的“${province}”`);
  return { ...jurisdiction, province };
}

export function nameDepartment(seg: Segment, matters: BoundaryMatter[]): Naming {
  const how: string[] = [];
  const written = seg.title ?? seg.declared;
  if (written) {
    how.push(seg.title ? '部门名称取自清单标题' : '部门名称取自“部门名称”栏');
    return { name: written, jurisdiction: withProvince(placeOf(written), seg.blocks, how), inferred: false, how };
  }

  const agency = agencyInEveryMatter(matters);
  const fromAgency = agency ? placeOf(agency) : { province: null, city: null, county: null };
  const county = fromAgency.county ?? countyMentioned([...blockTexts(seg.blocks)].join('\n'));
  if (fromAgency.county) how.push(`区县取自部门名称“${agency}”`);
  else if (county) how.push(`区县取自正文中最常提及的“${county}”`);
  let name = agency ?? '未能确定的部门';
  if (agency) {
    how.push(`部门名称按“${agency}”出现在每个职责边界事项中推断`);
    // 县工信局 written without its place: give it the county found in the text.
    if (!fromAgency.county && county && LEVEL_WORD.test(agency)) name = county + agency.replace(LEVEL_WORD, '');
  } else {
    how.push('没有标题，职责边界表中也找不到贯穿各事项的部门');
  }
  const jurisdiction = withProvince({ province: fromAgency.province, city: fromAgency.city, county }, seg.blocks, how);
  return { name, jurisdiction, inferred: true, how };
}
