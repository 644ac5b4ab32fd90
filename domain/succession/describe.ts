// Succession events in the words an answer shows (Chinese), and the reform notes of a
// department kind derived from the events: the succession data is the one home of reform
// facts; department-profiles.ts's `reform` strings can be replaced by `reformNotesOfProfile`.
import type { DutyTransfer, SuccessionEvent, SuccessionSource } from './model';
import { NATIONAL_PATTERN_2018 } from './national-2018';

/** 2019-03-31 → 2019年3月31日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ? `${y}年` : '', m ? `${m}月` : '', d ? `${d}日` : ''].join('');
}

function receivers(to: readonly DutyTransfer[]): string {
  return to.map((t) => (t.duties === 'all' ? t.to.name : `${t.to.name}（${t.duties.join('、')}）`)).join('、');
}

/** 《深化党和国家机构改革方案》（中共中央，2018年3月21日） */
export function citeSource(s: SuccessionSource): string {
  return `${s.title}（${[s.issuer, chineseDate(s.date), s.docNumber].filter(Boolean).join('，')}）`;
}

/** One sentence: what happened, when, and on which document. */
export function describeEvent(e: SuccessionEvent): string {
  const from = e.from.map((f) => f.name).join('、');
  const when = chineseDate(e.effective);
  const what = (() => {
    switch (e.kind) {
      case 'renamed':
        return `${from}更名为${receivers(e.to)}`;
      case 'merged_into':
        return `${from}并入${receivers(e.to)}`;
      case 'split_between':
        return `${from}的职责分别划入${receivers(e.to)}`;
      case 'duties_transferred':
        return `${from}的${e.to.map((t) => (t.duties === 'all' ? '全部职责' : t.duties.join('、'))).join('、')}划入${e.to.map((t) => t.to.name).join('、')}`;
      case 'abolished':
        return `撤销${from}`;
      case 'established':
        return `组建${receivers(e.to)}`;
      default:
        return from;
    }
  })();
  const pattern = e.scope.kind === 'national-pattern' ? '（全国通行模式，各地以本地记录为准）' : '';
  return `${when}起，${what}${pattern}；依据${e.sources.map(citeSource).join('、')}`;
}

/**
 * The national pattern's events that concern a department kind (as a body that ceased, handed
 * duties on or received them), described: what an answer may add about a kind a list names.
 */
export function reformNotesOfProfile(profileId: string, events: readonly SuccessionEvent[] = NATIONAL_PATTERN_2018): string[] {
  return events
    .filter((e) => [...e.from, ...e.to.map((t) => t.to)].some((a) => a.profile === profileId))
    .sort((a, b) => a.effective.localeCompare(b.effective))
    .map(describeEvent);
}
