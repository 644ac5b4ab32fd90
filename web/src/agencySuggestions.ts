// Which agencies a typed name may mean, best first, for the dispute view's agency box.
// Staff type what they say, not what the list writes: 公安分局 for 公安局蒸湘分局, 计生局 for
// 衡阳市蒸湘区人口和计划生育局, 卫计局 for the two agencies it was merged from. Pure, unit-tested.

import { agenciesNamed, agencyStem, expandAbbreviations, groupIndex, type NamedAgency } from '../../domain/agency-names.js';

export interface AgencySuggestion {
  agency: NamedAgency;
  /** The alias the typed text matched, when not the name itself (shown under the name). */
  via: string | null;
}

/** Two-character windows: a cheap likeness between a typed stem and a name (卫计 → 卫生…计划生育). */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/** 局, 区, 的 say nothing about which agency: only the rest of a name is compared. */
const filler = /[区县市局委办和的]/g;

function comparable(name: string): string {
  return expandAbbreviations(agencyStem(name)).replace(filler, '');
}

/**
 * Suggestions for `typed` among `agencies` (one jurisdiction's), best first: the agencies the
 * domain's name resolution finds (a name, an alias, or the same grouping key: 公安分局), then
 * names and aliases containing the text; only when neither finds one, the names sharing most
 * of its written-out stem (卫计局 → 卫生局 and 人口和计划生育局). An empty text suggests every agency, by name.
 */
export function suggestAgencies(typed: string, agencies: readonly NamedAgency[], limit = 8): AgencySuggestion[] {
  const text = typed.trim();
  const byName = [...agencies].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  if (!text) return byName.slice(0, limit).map((agency) => ({ agency, via: null }));
  const chosen = new Map<string, AgencySuggestion>();
  const add = (agency: NamedAgency, via: string | null) => {
    if (!chosen.has(agency.key)) chosen.set(agency.key, { agency, via: via === agency.name ? null : via });
  };

  for (const agency of agenciesNamed(text, agencies, groupIndex(agencies))) {
    add(agency, agency.aliases.find((alias) => alias === text) ?? agency.aliases.find((alias) => alias.includes(text)) ?? null);
  }
  for (const agency of byName) {
    if (agency.name.includes(text)) add(agency, null);
    else {
      const alias = agency.aliases.find((a) => a.includes(text));
      if (alias) add(agency, alias);
    }
  }
  // Likeness only when nothing matched outright: 安监局 should not bring every 监督管理局 along.
  const wanted = bigrams(comparable(text));
  if (!chosen.size && wanted.size) {
    const likeness = byName
      .map((agency) => {
        let best = 0;
        let via: string | null = null;
        for (const form of [agency.name, ...agency.aliases]) {
          const shared = [...bigrams(comparable(form))].filter((g) => wanted.has(g)).length;
          if (shared > best) [best, via] = [shared, form];
        }
        return { agency, best, via };
      })
      .filter((x) => x.best > 0)
      .sort((a, b) => b.best - a.best);
    for (const { agency, via } of likeness) add(agency, via);
  }
  return [...chosen.values()].slice(0, limit);
}
