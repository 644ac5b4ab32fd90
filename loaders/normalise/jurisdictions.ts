// Jurisdictions within one load. A list whose title says only 衡阳市蒸湘区 and one that
// says 湖南省衡阳市蒸湘区 are in the same place: the shorter form is completed from the
// only fuller form in the load that agrees with every level it names, so the agencies
// of both meet in one jurisdiction. Different counties are never joined.
import { completeJurisdiction, jurisdictionLabel } from '../../domain/jurisdiction';
import type { Department, Diagnostic } from '../../domain/records';

export function completeJurisdictions(departments: Department[]): { departments: Department[]; diagnostics: Diagnostic[] } {
  const all = departments.map((d) => d.jurisdiction);
  const diagnostics: Diagnostic[] = [];
  const completed = departments.map((d) => {
    const full = completeJurisdiction(d.jurisdiction, all);
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
