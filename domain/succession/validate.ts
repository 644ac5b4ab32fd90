// Checks of succession records before they are used: each event well formed and sourced, each
// name read as the kind it claims, and — per jurisdiction, after local records override the
// national pattern — no body succeeding itself through a cycle and no body ending twice or
// handing on a duty after it ceased or to two bodies at once. Problems are data (code, event,
// Chinese message for the editor who recorded it), never exceptions.
import { profileOfAgencyName } from '../department-profiles';
import { type ApplicableEvent, eventsInForce } from './in-force';
import { ENDING_KINDS, SUCCESSION_KINDS, type SuccessionAgency, type SuccessionEvent, type SuccessionSource } from './model';
import { agencyKeys, canonicalKey, type NameReading, nameReading, sameAgency } from './names';

export type SuccessionProblemCode =
  | 'duplicate-id'
  | 'unknown-kind'
  | 'bad-shape'
  | 'bad-date'
  | 'missing-source'
  | 'incomplete-source'
  | 'misplaced-field'
  | 'unknown-override'
  | 'unresolved-name'
  | 'self-succession'
  | 'cycle'
  | 'contradiction';

export interface SuccessionProblem {
  code: SuccessionProblemCode;
  /** The event (or events, joined with 、) the problem is in. */
  eventId: string;
  /** The jurisdiction whose events in force show it; null for the national pattern or one event alone. */
  jurisdiction: string | null;
  message: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SOURCE_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/;

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function isSourceDate(text: string): boolean {
  return SOURCE_DATE.test(text) && (text.length < 10 || isIsoDay(text));
}

export interface ValidationOptions {
  /** The national pattern local records are checked against (their overrides, and the events in force with them). */
  national?: readonly SuccessionEvent[];
  /** Require every name to read as a department-profiles kind (the national pattern: yes; local records: only where they give one). */
  requireProfiles?: boolean;
}

/**
 * The problems of `events` (national-pattern and local records together, or either alone).
 * Local records are also checked in force with `options.national` (or the national-pattern
 * events among `events`), one jurisdiction at a time.
 */
export function validateSuccession(events: readonly SuccessionEvent[], options: ValidationOptions = {}): SuccessionProblem[] {
  const problems: SuccessionProblem[] = [];
  const national = options.national ?? events.filter((e) => e.scope.kind === 'national-pattern');
  const nationalIds = new Set(national.map((e) => e.id));
  const locals = events.filter((e) => e.scope.kind === 'local');
  const idKeys = new Set<string>();
  for (const e of events) {
    const idKey = `${e.scope.kind === 'local' ? e.scope.jurisdictionKey : ''}#${e.id}`;
    if (idKeys.has(idKey)) problems.push(problem('duplicate-id', e, null, `事件编号重复：${e.id}`));
    idKeys.add(idKey);
    problems.push(...eventProblems(e, nationalIds, options.requireProfiles ?? e.scope.kind === 'national-pattern'));
  }
  const jurisdictions = [...new Set(locals.map((e) => (e.scope.kind === 'local' ? e.scope.jurisdictionKey : '')))];
  const sets: Array<string | null> = [null, ...jurisdictions];
  const seen = new Set<string>();
  for (const j of sets) {
    for (const p of setProblems(eventsInForce(national, locals, j), j)) {
      const key = `${p.code}|${p.eventId}|${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(p);
    }
  }
  return problems;
}

function problem(code: SuccessionProblemCode, e: SuccessionEvent, jurisdiction: string | null, message: string): SuccessionProblem {
  return { code, eventId: e.id, jurisdiction, message };
}

/** What one event must be on its own. */
function eventProblems(e: SuccessionEvent, nationalIds: ReadonlySet<string>, requireProfiles: boolean): SuccessionProblem[] {
  const out: SuccessionProblem[] = [];
  const add = (code: SuccessionProblemCode, message: string): void => {
    out.push(problem(code, e, null, `${e.id}：${message}`));
  };
  if (!SUCCESSION_KINDS.includes(e.kind)) add('unknown-kind', `未知的事件类型 ${String(e.kind)}`);
  const shape = shapeProblem(e);
  if (shape) add('bad-shape', shape);
  if (!isIsoDay(e.effective)) add('bad-date', `生效日期应为 YYYY-MM-DD：${e.effective}`);
  if (e.sources.length === 0) add('missing-source', '没有注明决定该事件的文件');
  e.sources.forEach((s, i) => {
    const missing = sourceGaps(s);
    if (missing.length) add('incomplete-source', `第${i + 1}个来源缺少${missing.join('、')}`);
  });
  if (e.scope.kind === 'national-pattern' && e.overrides)
    add('misplaced-field', '全国通行模式的事件不能覆盖其他事件（overrides 只用于本地记录）');
  if (e.scope.kind === 'local' && e.basis) add('misplaced-field', 'basis 只用于全国通行模式');
  if (e.scope.kind === 'national-pattern' && !e.basis) add('misplaced-field', '全国通行模式的事件须说明依据方式（basis）');
  for (const id of e.overrides ?? []) if (!nationalIds.has(id)) add('unknown-override', `覆盖的全国事件不存在：${id}`);
  for (const agency of [...e.from, ...e.to.map((t) => t.to)]) {
    for (const message of nameProblems(agency, requireProfiles)) add('unresolved-name', message);
  }
  const reading = nameReading(e.scope.kind === 'local' ? e.scope.jurisdictionKey : null);
  if (ENDING_KINDS.has(e.kind) && e.from.some((f) => e.to.some((t) => sameAgency(f, t.to, reading)))) {
    add('self-succession', '机构不能由自身承继（并入已有机构时只列被并入的机构）');
  }
  return out;
}

const hasNamedDuties = (d: SuccessionEvent['to'][number]['duties']): boolean =>
  d !== 'all' && d.length > 0 && d.every((x) => x.trim() !== '');

/** What each kind needs: renamed 1 → 1 (all duties); merged_into n → 1 (all); split_between 1 → n; … */
function shapeProblem(e: SuccessionEvent): string | null {
  const from = e.from.length;
  const to = e.to.length;
  const allTargets = e.to.filter((t) => t.duties === 'all').length;
  const namedOk = e.to.every((t) => t.duties === 'all' || hasNamedDuties(t.duties));
  if (!namedOk) return '列明的职责不能为空';
  switch (e.kind) {
    case 'renamed':
      return from === 1 && to === 1 && allTargets === 1 ? null : '更名应为一个机构以全部职责更为一个名称';
    case 'merged_into':
      return from >= 1 && to === 1 && allTargets === 1 ? null : '并入应为一个或多个机构以全部职责并入一个机构';
    case 'split_between':
      return from === 1 && to >= 2 && allTargets <= 1 ? null : '拆分应为一个机构的职责分入两个以上机构（至多一个承接其余全部职责）';
    case 'duties_transferred':
      return from === 1 && to >= 1 && allTargets === 0 ? null : '职责划转应为一个机构把列明的职责划给其他机构';
    case 'abolished':
      return from >= 1 && to === 0 ? null : '撤销应列出被撤销的机构且没有承接机构';
    case 'established':
      return from === 0 && to === 1 && allTargets === 1 ? null : '组建应只列出新机构';
    default:
      return null;
  }
}

function sourceGaps(s: SuccessionSource): string[] {
  const gaps: string[] = [];
  if (!s.title?.trim()) gaps.push('标题');
  if (!s.issuer?.trim()) gaps.push('发文机关');
  if (!s.date || !isSourceDate(s.date)) gaps.push('日期（YYYY、YYYY-MM 或 YYYY-MM-DD）');
  if (s.docNumber === undefined) gaps.push('文号（无文号时写 null 并说明原因）');
  if (s.docNumber === null && !s.docNumberNote?.trim()) gaps.push('无文号的原因');
  return gaps;
}

/** A name (and each alias) reads as the profile kind the record gives it. */
function nameProblems(agency: SuccessionAgency, requireProfiles: boolean): string[] {
  const out: string[] = [];
  if (!agency.name?.trim()) return ['机构名称为空'];
  if (agency.profile === null) {
    if (requireProfiles) out.push(`${agency.name} 未注明机构类别`);
    return out;
  }
  for (const name of [agency.name, ...(agency.aliases ?? [])]) {
    const read = profileOfAgencyName(name)?.id ?? null;
    if (read !== agency.profile) out.push(`${name} 读作机构类别 ${read ?? '（无）'}，与记录的 ${agency.profile} 不符`);
  }
  return out;
}

/** Cycles and contradictions among the events in force in one jurisdiction. */
function setProblems(events: readonly ApplicableEvent[], jurisdiction: string | null): SuccessionProblem[] {
  const reading = nameReading(jurisdiction);
  return [...cycleProblems(events, jurisdiction, reading), ...contradictionProblems(events, jurisdiction, reading)];
}

/** Keys of one body: its canonical key, with aliases joined to the first body that used them. */
function bodyIndex(events: readonly ApplicableEvent[], reading: NameReading): (a: SuccessionAgency) => string {
  const byKey = new Map<string, string>();
  for (const a of events) {
    for (const agency of [...a.from, ...a.event.to.map((t) => t.to)]) {
      const keys = [...agencyKeys(agency, reading)];
      const known = keys.map((k) => byKey.get(k)).find((k) => k !== undefined);
      const canonical = known ?? canonicalKey(agency, reading);
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, canonical);
    }
  }
  return (agency) => byKey.get(canonicalKey(agency, reading)) ?? canonicalKey(agency, reading);
}

function cycleProblems(events: readonly ApplicableEvent[], jurisdiction: string | null, reading: NameReading): SuccessionProblem[] {
  const keyOf = bodyIndex(events, reading);
  const edges = new Map<string, Array<{ to: string; event: SuccessionEvent }>>();
  for (const a of events) {
    if (!ENDING_KINDS.has(a.event.kind)) continue;
    for (const f of a.from) {
      const list = edges.get(keyOf(f)) ?? [];
      // A body succeeding itself is reported on its own (self-succession).
      for (const t of a.event.to) if (keyOf(t.to) !== keyOf(f)) list.push({ to: keyOf(t.to), event: a.event });
      edges.set(keyOf(f), list);
    }
  }
  const out: SuccessionProblem[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: Array<{ node: string; event: SuccessionEvent | null }> = [];
  const visit = (node: string, via: SuccessionEvent | null): void => {
    state.set(node, 'open');
    path.push({ node, event: via });
    for (const edge of edges.get(node) ?? []) {
      if (state.get(edge.to) === 'open') {
        const start = path.findIndex((p) => p.node === edge.to);
        const loop = path.slice(start);
        const ids = [...new Set([...loop.slice(1).map((p) => p.event?.id ?? ''), edge.event.id])].filter(Boolean);
        out.push({
          code: 'cycle',
          eventId: ids.join('、'),
          jurisdiction,
          message: `承继关系成环：${[...loop.map((p) => p.node), edge.to].join(' → ')}`,
        });
      } else if (!state.has(edge.to)) visit(edge.to, edge.event);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node, null);
  return out;
}

function contradictionProblems(events: readonly ApplicableEvent[], jurisdiction: string | null, reading: NameReading): SuccessionProblem[] {
  const keyOf = bodyIndex(events, reading);
  const out: SuccessionProblem[] = [];
  const endings = new Map<string, ApplicableEvent[]>();
  for (const a of events) {
    if (!ENDING_KINDS.has(a.event.kind)) continue;
    for (const f of a.from) endings.set(keyOf(f), [...(endings.get(keyOf(f)) ?? []), a]);
  }
  for (const [body, list] of endings) {
    if (list.length > 1) {
      out.push({
        code: 'contradiction',
        eventId: list.map((a) => a.event.id).join('、'),
        jurisdiction,
        message: `${body} 被记为终止了${list.length}次：${list.map((a) => `${a.event.id}（${a.effective}）`).join('、')}`,
      });
    }
  }
  const dutyTargets = new Map<string, { to: string; event: SuccessionEvent; effective: string }>();
  for (const a of events) {
    for (const f of a.from) {
      const body = keyOf(f);
      const ended = (endings.get(body) ?? []).map((x) => x.effective).sort()[0];
      if (ended !== undefined && a.effective > ended) {
        out.push({
          code: 'contradiction',
          eventId: a.event.id,
          jurisdiction,
          message: `${body} 已于 ${ended} 终止，${a.effective} 不能再有事件`,
        });
      }
      for (const t of a.event.to) {
        if (t.duties === 'all') continue;
        for (const duty of t.duties) {
          const key = `${body}#${duty}`;
          const earlier = dutyTargets.get(key);
          const target = keyOf(t.to);
          if (earlier && earlier.to !== target && earlier.effective === a.effective) {
            out.push({
              code: 'contradiction',
              eventId: `${earlier.event.id}、${a.event.id}`,
              jurisdiction,
              message: `${body} 的“${duty}”同日划给了两个机构：${earlier.to}、${target}`,
            });
          }
          dutyTargets.set(key, { to: target, event: a.event, effective: a.effective });
        }
      }
    }
  }
  return out;
}
