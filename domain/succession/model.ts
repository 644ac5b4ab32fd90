// Succession (issue 13, item 2): what happened to an agency that a loaded list names. Lists
// written before the 2018–2019 reform (深化党和国家机构改革) name bodies that no longer exist
// under those names (食品药品监督管理局, 安全生产监督管理局 …); their duties went elsewhere.
// An event says which bodies it concerns, where their duties went, when, on whose decision, and
// whether it is a jurisdiction's own record or the national pattern that applies where no
// local record says otherwise. Like GOV.UK's typed organisation successors and Australia's
// dated Administrative Arrangements Orders, every step is typed, dated and sourced.
//
// Pure data types; the functions over them live beside this file (successors.ts, in-force.ts,
// validate.ts). No I/O: the web bundle may import it.

/**
 * What happened to the `from` bodies:
 * - renamed: one body continues under another name, with all its duties;
 * - merged_into: the bodies ceased and all their duties went to one body (new or existing);
 * - split_between: one body ceased and its duties were divided among several;
 * - duties_transferred: named duties moved to another body; the `from` bodies continue;
 * - abolished: the bodies ceased and no successor is recorded;
 * - established: a body came into being (its duties usually arrive by duties_transferred).
 */
export type SuccessionKind = 'renamed' | 'merged_into' | 'split_between' | 'duties_transferred' | 'abolished' | 'established';

export const SUCCESSION_KINDS: readonly SuccessionKind[] = [
  'renamed',
  'merged_into',
  'split_between',
  'duties_transferred',
  'abolished',
  'established',
];

/** The kinds after which the `from` bodies no longer exist under their names. */
export const ENDING_KINDS: ReadonlySet<SuccessionKind> = new Set<SuccessionKind>(['renamed', 'merged_into', 'split_between', 'abolished']);

/**
 * An agency an event names. The national pattern names kinds of county body in the form
 * county lists write in full (食品药品监督管理局); a local record names the jurisdiction's own
 * agency (衡阳市蒸湘区食品药品监督管理局). A name is compared through `agencyGroupKey`, so
 * 区食药监局 and 食品药品监督管理局 meet; `aliases` are names that key cannot join
 * (市场监管局 is not an abbreviation agency-names.ts knows, 自然资源和规划局 is a common
 * county form of 自然资源局).
 */
export interface SuccessionAgency {
  name: string;
  aliases?: readonly string[];
  /**
   * The department-profiles.ts kind the name is of (`profileOfAgencyName(name).id`), or null
   * for a body no profile covers. The national pattern gives one for every name; a test
   * holds names and kinds together.
   */
  profile: string | null;
}

/** Every duty of the body, or the named duties (matters) only. */
export type MovedDuties = 'all' | readonly string[];

/** Where (some of) the `from` bodies' duties went. */
export interface DutyTransfer {
  to: SuccessionAgency;
  /**
   * 'all': every duty (of split_between: every duty not named for another target);
   * a list: only these duties (新型农村合作医疗, 优抚安置 …), in the source's words.
   */
  duties: MovedDuties;
}

/** The document that decided an event. */
export interface SuccessionSource {
  /** 《深化党和国家机构改革方案》 */
  title: string;
  /** 中共中央; 中共中央办公厅、国务院办公厅; 第十三届全国人民代表大会第一次会议 */
  issuer: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precisely as it was verified. */
  date: string;
  /** 中办发〔…〕…号; null when the document has none or none could be verified (then `docNumberNote` says which). */
  docNumber: string | null;
  /** Why `docNumber` is null. Required when it is. */
  docNumberNote?: string;
  /** The part of the document the event rests on: （十二）组建国家医疗保障局. */
  section?: string;
  url?: string;
}

/** Whose event it is: the national pattern, or one jurisdiction's own record. */
export type SuccessionScope =
  | { kind: 'national-pattern' }
  | { kind: 'local' /** `湖南省/衡阳市/蒸湘区` (jurisdiction.ts) */; jurisdictionKey: string };

/**
 * How the national pattern's county-level event rests on its sources:
 * - stated: the source moves exactly these duties between these bodies' national
 *   counterparts, and the provincial plans require county bodies to correspond
 *   (省市县主要机构设置同中央保持基本对应);
 * - usual: the source moves the national counterparts' duties, but which county body took
 *   them differs between counties; this is the common arrangement, not a rule.
 */
export type SuccessionBasis = 'stated' | 'usual';

export interface SuccessionEvent {
  /** Stable id: `n2018-market-regulation`; local records choose their own (unique within their jurisdiction). */
  id: string;
  kind: SuccessionKind;
  /** The bodies the event happened to; empty only for `established`. */
  from: readonly SuccessionAgency[];
  /** Where their duties went; empty only for `abolished`. For `established`: the new body, duties 'all'. */
  to: readonly DutyTransfer[];
  /** YYYY-MM-DD: the day from which the event holds. */
  effective: string;
  /** Why this date (the national pattern's county dates are typical, not each county's own). */
  effectiveNote?: string;
  scope: SuccessionScope;
  /** At least one. */
  sources: readonly SuccessionSource[];
  /** National pattern only. */
  basis?: SuccessionBasis;
  /**
   * Local records only: the national-pattern event ids this record replaces in its
   * jurisdiction altogether (a county that kept 农办 apart from 农业农村局 overrides the
   * merger). Without it, a local record replaces the national events about the same body
   * (see in-force.ts).
   */
  overrides?: readonly string[];
  /** Where a local record was read (a table's file and line), so an answer can cite it. */
  recordedAt?: { file: string; line: number };
  note?: string;
}

/** Whether a step of an answer rests on the jurisdiction's own record or on the national pattern. */
export type SuccessionOrigin = 'local' | 'national-pattern';

export function originOf(event: SuccessionEvent): SuccessionOrigin {
  return event.scope.kind === 'local' ? 'local' : 'national-pattern';
}
