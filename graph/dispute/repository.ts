// Reads the dossier's rows and lists from Neo4j as plain objects (Cypher in queries.ts).
import { readRows, type Row } from '../repositories/read.js';
import { num, str, strOrNull, strs } from '../repositories/values.js';
import type { AgencyRef } from '../search/types.js';
import type { NameableAgency } from './basis-names.js';
import { agenciesNamedIn } from './basis-names.js';
import type { CitedBasis, DossierRow } from './dossier.js';
import * as Q from './queries.js';

const list = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]).filter((x) => x != null) : []);

/**
 * The boundary rows of the matters, one per agency a row names (a generic row once, with no
 * agency). Each basis records which of `parties` its quoted article names.
 */
export async function dossierRows(matterKeys: string[], jurisdiction: string, parties: readonly NameableAgency[]): Promise<DossierRow[]> {
  if (matterKeys.length === 0) return [];
  const out: DossierRow[] = [];
  for (const r of await readRows(Q.DOSSIER_ROWS, { matterKeys })) {
    const bases: CitedBasis[] = list(r.bases).map((b) => ({
      key: str(b.key),
      title: strOrNull(b.title),
      docNumber: strOrNull(b.docNumber),
      kind: strOrNull(b.kind),
      articles: strs(b.articles),
      raw: str(b.raw),
      inherited: b.inherited === true,
      names: agenciesNamedIn(str(b.raw), parties),
    }));
    const listTitle = strOrNull(r.listTitle);
    const row: Omit<DossierRow, 'agency'> = {
      key: str(r.key),
      matter: { key: str(r.matterKey), title: str(r.matterTitle) },
      agencyRaw: str(r.agencyRaw),
      division: str(r.division),
      role: r.role === 'lead' || r.role === 'cooperate' ? r.role : null,
      case: strOrNull(r.case),
      bases,
      list: { key: str(r.listKey), department: str(r.listDepartment), title: listTitle, file: str(r.listFile), line: num(r.listLine) },
      source: { file: str(r.file), line: num(r.line), endLine: num(r.endLine ?? r.line), title: listTitle },
    };
    const holders = list(r.holders).map((a): AgencyRef => ({ key: str(a.key), name: str(a.name), aliases: strs(a.aliases), jurisdiction }));
    for (const agency of holders.length ? holders : [null]) out.push({ ...row, agency });
  }
  return out;
}

export interface PublishedList {
  agencyKey: string;
  key: string;
  department: string;
  title: string | null;
  file: string;
  line: number;
  endLine: number;
}

export async function publishedLists(agencyKeys: string[]): Promise<PublishedList[]> {
  return (await readRows(Q.PUBLISHED_LISTS, { agencyKeys })).map((r) => ({
    agencyKey: str(r.agencyKey),
    key: str(r.key),
    department: str(r.department),
    title: strOrNull(r.title),
    file: str(r.file),
    line: num(r.line),
    endLine: num(r.endLine ?? r.line),
  }));
}
