// Jurisdictions within one load. A list whose title says only 衡阳市蒸湘区 and one that
// says 湖南省衡阳市蒸湘区 are in the same place: the shorter form is completed from the
// only fuller form in the load that agrees with every level it names, so the agencies
// of both meet in one jurisdiction. Different counties are never joined.
import type { Department, Diagnostic, Jurisdiction } from '../records';

const LEVELS = ['province', 'city', 'county'] as const;

export function jurisdictionId(j: Jurisdiction): string {
  return `${j.province ?? ''}/${j.city ?? ''}/${j.county ?? ''}`;
}

export function jurisdictionLabel(j: Jurisdiction): string {
  return [j.province, j.city, j.county].filter(Boolean).join('');
}

const named = (j: Jurisdiction): number => LEVELS.filter((l) => j[l]).length;

/** `full` names everything `partial` names, the same way, and more. */
function extends_(full: Jurisdiction, partial: Jurisdiction): boolean {
  return named(full) > named(partial) && LEVELS.every((l) => partial[l] === null || partial[l] === full[l]);
}

function completion(j: Jurisdiction, all: Jurisdiction[]): Jurisdiction | null {
  if (!j.county) return null;
  const fuller = all.filter((k) => extends_(k, j));
  if (fuller.length === 0) return null;
  const most = Math.max(...fuller.map(named));
  const best = [...new Map(fuller.filter((k) => named(k) === most).map((k) => [jurisdictionId(k), k])).values()];
  return best.length === 1 ? best[0] : null;
}

export function completeJurisdictions(departments: Department[]): { departments: Department[]; diagnostics: Diagnostic[] } {
  const all = departments.map((d) => d.jurisdiction);
  const diagnostics: Diagnostic[] = [];
  const completed = departments.map((d) => {
    const full = completion(d.jurisdiction, all);
    if (!full) return d;
    diagnostics.push({
      file: d.source.file,
      line: d.source.line,
      severity: 'info',
      code: 'JURISDICTION_COMPLETED',
      message: `“${d.name}”的辖区“${jurisdictionLabel(d.jurisdiction)}”按同批文档补全为“${jurisdictionLabel(full)}”`,
      raw: d.name,
    });
    return { ...d, jurisdiction: { ...full } };
  });
  return { departments: completed, diagnostics };
}
