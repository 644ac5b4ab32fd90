// Assembles the dispute dossier: resolves the place and the agencies as people type them,
// chooses the matters with the one ranker, reads their rows whole, and puts the pure pieces
// together (alignment.ts, contradiction.ts, proposal.ts). Nothing is cached here: every part
// it reads (evidence index, analyses, agency names) is cached per graph version already.
import { jurisdictionAnalysis, compareMatter } from '../analyses/service.js';
import { unknownJurisdiction, unresolvedAgencies } from '../errors.js';
import { agencyJurisdictions } from '../repositories/evidence.repository.js';
import { rulingsForMatters } from '../rulings/repository.js';
import { namedAgencies, resolveAgencyNamesToday } from '../search/agency-lookup.js';
import { successionNoteOf, today } from '../succession/note.js';
import { jurisdictionKeys } from '../search/jurisdiction.js';
import { evidenceIndex, prepareTerms, rankAgencies } from '../search/route.js';
import type { AgencyRef } from '../search/types.js';
import { graphVersion } from '../version.js';
import { alignRows } from './alignment.js';
import type { NameableAgency } from './basis-names.js';
import { sideBySide } from './contradiction.js';
import type { Dossier, DossierSource, DutyLine } from './dossier.js';
import { bearingLines, chooseMatters } from './matters.js';
import { propose } from './proposal.js';
import { dossierRows, type PublishedList, publishedLists } from './repository.js';

/** Other jurisdictions' divisions shown per dossier: the same matter (title similarity as in `alike`), at most this many. */
export const COMPARISONS = { minSimilarity: 0.75, first: 10 } as const;

export interface DisputeParties {
  jurisdiction: { key: string; name: string };
  /** The distinct agencies the names denote, in the order first named. */
  agencies: AgencyRef[];
  /** The jurisdiction as asked (蒸湘区): what the analyses resolve, to the same place. */
  asked: string;
}

/** The jurisdiction and the agencies as typed (any alias or short form); unknown or ambiguous names are refused. */
export async function disputeParties(jurisdiction: string, names: readonly string[]): Promise<DisputeParties> {
  const version = await graphVersion();
  const keys = await jurisdictionKeys(jurisdiction, version);
  const key = keys?.[0];
  if (!key) throw unknownJurisdiction(jurisdiction);
  const named = await namedAgencies([key], version);
  // A name people type today (应急局) is the agency that ceased into that body (graph/search/agency-lookup.ts).
  const resolved = await resolveAgencyNamesToday(names, [key]);
  if (resolved.unknown.length || resolved.ambiguous.length) throw unresolvedAgencies(resolved.unknown, resolved.ambiguous);
  const place = key.split('/').filter(Boolean).pop() ?? key;
  const agencies = [...new Set(resolved.keys)].map((k): AgencyRef => {
    const a = named.find((n) => n.key === k)!;
    return { key: a.key, name: a.name, aliases: [...a.aliases], jurisdiction: place };
  });
  return { jurisdiction: { key, name: place }, agencies, asked: jurisdiction };
}

export async function disputeDossier(parties: DisputeParties, question: string): Promise<Dossier> {
  const version = await graphVersion();
  const { jurisdiction, agencies } = parties;
  const partyKeys = agencies.map((a) => a.key);
  const [index, analysis] = await Promise.all([
    evidenceIndex([jurisdiction.key], version, agencyJurisdictions),
    jurisdictionAnalysis(parties.asked),
  ]);
  const prepared = prepareTerms(question, index.mentionable);
  const ranked = prepared ? rankAgencies(prepared, index) : [];
  const matters = chooseMatters(question, partyKeys, ranked, analysis.corpus.matters);
  const matterKeys = matters.map((m) => m.key);
  const nameable: NameableAgency[] = agencies.map((a) => ({ key: a.key, kinds: index.kinds.get(a.key) ?? new Set() }));
  const [rows, rulings, lists, comparisons] = await Promise.all([
    dossierRows(matterKeys, jurisdiction.name, nameable),
    rulingsForMatters(matterKeys),
    publishedLists(partyKeys),
    otherJurisdictions(
      matters.map((m) => m.title),
      jurisdiction.key,
    ),
  ]);
  const aligned = alignRows(rows, partyKeys, matterKeys);
  const lines = bearingLines(question, partyKeys, ranked);
  const duties = new Map<string, DutyLine[]>(
    partyKeys.map((k) => [
      k,
      (lines.get(k) ?? []).map((l) => ({
        kind: l.row.kind === 'service' ? 'service' : l.row.kind === 'rule' ? 'rule' : 'duty',
        text: l.row.title,
        detail: l.row.division,
        score: l.score,
        source: withTitle(l.row.source, lists),
      })),
    ]),
  );
  return {
    jurisdiction,
    question,
    agencies,
    matters,
    sections: agencies.map((agency) => ({
      agency,
      rows: aligned.byAgency.get(agency.key) ?? [],
      duties: duties.get(agency.key) ?? [],
      // The body that holds the agency's duty on these matters today, when the agency is gone (graph/succession/note.ts).
      succession: successionNoteOf({
        agency: agency.name,
        jurisdictionKey: jurisdiction.key,
        local: index.succession,
        asOf: today(),
        about: [...matters.map((m) => m.title), ...(aligned.byAgency.get(agency.key) ?? []).map((r) => r.division)].join('\n'),
      }),
    })),
    others: aligned.others,
    contradictions: sideBySide(analysis.overlaps.CONTRADICTION, matterKeys, rows),
    comparisons,
    rulings,
    proposal: propose({ parties: agencies, rows, duties, rulings }),
    note: matters.length ? null : `在${jurisdiction.name}已加载的清单中未找到与“${question}”相关的管理事项`,
  };
}

/** The same matters in other jurisdictions, most alike first. */
async function otherJurisdictions(titles: string[], jurisdictionKey: string): Promise<Dossier['comparisons']> {
  const seen = new Set<string>();
  const out: Dossier['comparisons'] = [];
  for (const title of titles)
    for (const m of await compareMatter(title, COMPARISONS.first, COMPARISONS.minSimilarity))
      if (m.jurisdictionKey !== jurisdictionKey && !seen.has(m.matter.key) && out.length < COMPARISONS.first) {
        seen.add(m.matter.key);
        out.push(m);
      }
  return out;
}

/** A duty line's source with the title of the list whose lines hold it. */
function withTitle(source: { file: string; line: number; endLine: number }, lists: readonly PublishedList[]): DossierSource {
  const list = lists.find((l) => l.file === source.file && l.line <= source.line && source.line <= l.endLine);
  return { ...source, title: list?.title ?? null };
}
