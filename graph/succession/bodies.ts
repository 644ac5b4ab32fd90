// Which of a jurisdiction's listed agencies are one body at a date: an agency that ceased into
// one body (renamed or merged: all its duties but those it handed on by name) is that body from then on, so two
// predecessors merged into one (工商分局, 质监局, 食药监局 → 市场监督管理局) no longer overlap
// each other, and 法制办 merged into the 司法局 the lists also name is that 司法局. Before the
// reform (or for an agency split between several) each agency is its own body. Pure.
import { nameReading, nameKey } from '../../domain/succession/names.js';
import type { SuccessionEvent } from '../../domain/succession/model.js';
import { successorsOf } from '../../domain/succession/successors.js';

/** Each agency's body at `asOf`: agencies with one body share its value; others keep their own key. */
export function bodiesAsOf(
  agencies: ReadonlyArray<{ key: string; name: string }>,
  jurisdictionKey: string,
  local: readonly SuccessionEvent[],
  asOf: string,
): Map<string, string> {
  const reading = nameReading(jurisdictionKey);
  const listed = new Map(agencies.map((a) => [nameKey(a.name, reading), a.key]));
  const bodies = new Map<string, string>();
  for (const a of agencies) {
    const chain = successorsOf(a.name, { asOf, jurisdiction: jurisdictionKey, local });
    // Ceased (it holds nothing itself), and one body took all its duties but any it handed on by
    // name (卫生局 gave 新农合 to 医保局, the rest to 卫生健康局): it is that body now.
    const ceased = !chain.unchanged && chain.holders.every((h) => h.origin !== null);
    const whole = chain.holders.filter((h) => h.duties === 'all');
    if (!ceased || whole.length !== 1) {
      bodies.set(a.key, a.key);
      continue;
    }
    const successor = nameKey(whole[0]!.agency.name, reading);
    bodies.set(a.key, listed.get(successor) ?? `body:${successor}`);
  }
  return bodies;
}

/** Whether agencies that are one body at the date are all a finding (or an edge) is between. */
export function withinOneBody(agencyKeys: readonly string[], bodies: ReadonlyMap<string, string>): boolean {
  const distinct = [...new Set(agencyKeys)];
  if (distinct.length < 2) return false;
  return new Set(distinct.map((k) => bodies.get(k) ?? k)).size === 1;
}
