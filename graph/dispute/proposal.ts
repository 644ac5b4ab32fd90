// The dossier's proposal (初步意见): who should lead and who cooperate, and the chain of
// evidence that decides it. The rule, strongest evidence first:
//   1. a ruling in force on the matter (协调意见, graph/rulings) beats everything: it was decided
//      after the lists, by the body that may decide;
//   2. a legal basis whose quoted article names the agency's kind of department (卫生行政部门 →
//      区卫生局: basis-names.ts) beats any list text: the lists only restate the law;
//   3. a division text in a boundary row: 主办 (lead) beats an unmarked row beats 协办 (cooperate);
//   4. a line of the agency's own duty list (or its services) that bears on the question.
// At each level only the agencies still in the running count: when a basis names two of them,
// the division texts decide between those two. When the deciding level names more than one
// agency equally (two lists each giving the lead to a different agency), the lists cannot
// decide: 清单无法判定，建议提请编办协调, with the facts that contradict each other.
import type { RulingAgency, RulingRecord } from '../rulings/ruling.js';
import type { AgencyRef } from '../search/types.js';
import { type DossierRow, type DutyLine, type Proposal, type ProposalEvidence, type ProposalLevel, UNDECIDED } from './dossier.js';

export interface ProposalInput {
  /** The disputing agencies, in the order asked. */
  parties: readonly AgencyRef[];
  /** Every row of the disputed matters (the agencies' and others'). */
  rows: readonly DossierRow[];
  /** Each disputing agency's duty lines that bear on the question. */
  duties: ReadonlyMap<string, readonly DutyLine[]>;
  /** Rulings on the matters, any order. */
  rulings: readonly RulingRecord[];
}

const ROLE_RANK = { lead: 2, none: 1, cooperate: 0 } as const;
const ROLE_LABEL = { lead: '主办', none: '未写明主办或协办', cooperate: '协办' } as const;

export function propose(input: ProposalInput): Proposal {
  const byRuling = fromRulings(input);
  if (byRuling) return byRuling;
  const evidence: ProposalEvidence[] = [];
  let candidates = [...input.parties];

  // 2. Legal bases naming a disputing agency.
  const named = basisEvidence(input);
  if (named.size > 0) {
    const items = [...named.values()];
    if (named.size === 1) return decided('basis', items[0]!.agency!, items, input);
    evidence.push(...items);
    candidates = candidates.filter((c) => named.has(c.key));
  }

  // 3. Division texts: the best role each candidate is given in any list.
  const ranks = candidates
    .map((agency) => {
      const rows = input.rows.filter((r) => r.agency?.key === agency.key);
      const rank = Math.max(-1, ...rows.map(rankOf));
      return { agency, rows: rows.filter((r) => rankOf(r) === rank), rank };
    })
    .filter((c) => c.rows.length > 0);
  if (ranks.length > 0) {
    const top = Math.max(...ranks.map((r) => r.rank));
    const best = ranks.filter((r) => r.rank === top);
    const items = best.flatMap((b) => b.rows.map((row) => rowEvidence(row)));
    if (best.length === 1) return decided('division', best[0]!.agency, [...items, ...evidence], input);
    return undecided('division', [...items, ...evidence], items);
  }

  // 4. The agencies' own duty lines.
  const withDuties = candidates.filter((c) => (input.duties.get(c.key) ?? []).length > 0);
  const dutyItems = withDuties.map((agency) => dutyEvidence(agency, input.duties.get(agency.key)![0]!));
  if (withDuties.length === 1) return decided('duty', withDuties[0]!, [...dutyItems, ...evidence], input);
  if (withDuties.length > 1) return undecided('duty', [...dutyItems, ...evidence], dutyItems);
  return undecided(evidence.length ? 'basis' : null, evidence, evidence);
}

function rankOf(row: DossierRow): number {
  return ROLE_RANK[row.role ?? 'none'];
}

/** 1. The ruling in force: the newest current decision of the matters (a current withdrawal leaves none). */
function fromRulings(input: ProposalInput): Proposal | null {
  const inForce = input.rulings.filter((r) => r.current && r.kind === 'decision' && r.lead);
  if (inForce.length === 0) return null;
  const leads = new Set(inForce.map((r) => r.lead!.agencyKey));
  const items = inForce.map(
    (r): ProposalEvidence => ({
      level: 'ruling',
      agency: agencyOfRuling(r.lead!, input.parties),
      statement: `${r.decidedBy}${r.decidedOn}协调意见（${r.reference}）：“${r.matterTitle}”由${r.lead!.name}主办${
        r.cooperating.length ? `，${r.cooperating.map((c) => c.name).join('、')}协办` : ''
      }`,
      source: null,
      reference: r.reference,
    }),
  );
  // Two matters of one dispute ruled to different leads: the rulings themselves disagree.
  if (leads.size > 1) return undecided('ruling', items, items);
  const ruling = inForce[0]!;
  const lead = agencyOfRuling(ruling.lead!, input.parties);
  const cooperating = ruling.cooperating.map((c) => agencyOfRuling(c, input.parties));
  return {
    decided: true,
    level: 'ruling',
    lead,
    cooperating,
    text: wording(lead, cooperating, 'ruling'),
    evidence: items,
    conflicting: [],
  };
}

/** The disputing agency a ruling names (with its aliases when it is one of them). */
function agencyOfRuling(a: RulingAgency, parties: readonly AgencyRef[]): AgencyRef {
  return parties.find((p) => p.key === a.agencyKey) ?? { key: a.agencyKey, name: a.name, aliases: [], jurisdiction: '' };
}

/** 2. Per disputing agency, the first basis (by row order) whose article names it. */
function basisEvidence(input: ProposalInput): Map<string, ProposalEvidence> {
  const found = new Map<string, ProposalEvidence>();
  for (const row of input.rows)
    for (const basis of row.bases)
      for (const n of basis.names) {
        const agency = input.parties.find((p) => p.key === n.agencyKey);
        if (!agency || found.has(agency.key)) continue;
        const law = basis.title ? `《${basis.title}》` : basis.raw;
        found.set(agency.key, {
          level: 'basis',
          agency,
          statement: `${law}${n.article ?? ''}写明“${n.phrase}”，即${agency.name}`,
          source: row.source,
          reference: null,
        });
      }
  return found;
}

function rowEvidence(row: DossierRow): ProposalEvidence {
  return {
    level: 'division',
    agency: row.agency,
    statement: `${row.list.department}清单“${row.matter.title}”给${row.agency?.name ?? row.agencyRaw}的分工（${ROLE_LABEL[row.role ?? 'none']}）：${row.division}`,
    source: row.source,
    reference: null,
  };
}

function dutyEvidence(agency: AgencyRef, line: DutyLine): ProposalEvidence {
  const text = line.detail ? `${line.text}：${line.detail}` : line.text;
  return { level: 'duty', agency, statement: `${agency.name}自身清单：${text}`, source: line.source, reference: null };
}

/** The lead decided at `level`; every other disputing agency the matters' rows or bases name cooperates. */
function decided(level: ProposalLevel, lead: AgencyRef, evidence: ProposalEvidence[], input: ProposalInput): Proposal {
  const involved = (a: AgencyRef) =>
    input.rows.some((r) => r.agency?.key === a.key || r.bases.some((b) => b.names.some((n) => n.agencyKey === a.key)));
  const cooperating = input.parties.filter((p) => p.key !== lead.key && involved(p));
  return { decided: true, level, lead, cooperating, text: wording(lead, cooperating, level), evidence, conflicting: [] };
}

function undecided(level: ProposalLevel | null, evidence: ProposalEvidence[], conflicting: ProposalEvidence[]): Proposal {
  return { decided: false, level, lead: null, cooperating: [], text: UNDECIDED, evidence, conflicting };
}

const LEVEL_LABEL: Record<ProposalLevel, string> = {
  ruling: '既往协调意见',
  basis: '法律法规依据',
  division: '职责边界清单的分工',
  duty: '部门职责清单',
};

function wording(lead: AgencyRef, cooperating: readonly AgencyRef[], level: ProposalLevel): string {
  const coop = cooperating.length ? `，${cooperating.map((c) => c.name).join('、')}协办` : '';
  return `建议由${lead.name}主办${coop}（依据：${LEVEL_LABEL[level]}）`;
}
