// How sure an answer is: the probability that the top agency is right, from what the ranking
// saw. A logistic model over four features, fitted on the `dev` split of the labelled real
// messages and on our own question sets (tools/fit-confidence.ts prints the coefficients and
// the reliability table), never on the `test` split.

export interface ConfidenceFeatures {
  /** log(1 + score) of the top agency. */
  score: number;
  /**
   * (top − next) ÷ top, where next is the best agency answering from another matter: agencies
   * sharing the top agency's matter (one boundary row naming both) are co-answers, not rivals.
   */
  margin: number;
  /** Share of the question's term weight the top agency's best row contains. */
  matched: number;
  /** 1 for a long message read for its subject, 0 for a question taken whole. */
  long: number;
  /** 0..1: the question's subject words point at the top agency's kind of department. */
  agree: number;
  /** 0..1: the question's subject words point at some kind of department (whichever). */
  kind: number;
}

/** What confidence needs of a ranked agency (graph/search/route.ts RankedAgency). */
export interface ScoredAgency {
  score: number;
  matched: number;
  /** kindAgreement of the agency with the question. */
  agree: number;
  /** The matter (or row) its best evidence is about. */
  topic: string;
}

/** Fitted by tools/fit-confidence.ts (dev split + question sets); see its output for the fit. */
export const CONFIDENCE_MODEL = { bias: -1.353, score: 0.525, margin: 1.084, matched: 0.875, long: -1.843, agree: 0.648, kind: -0.861 };

/** At or above this, the top answer is a list answer people can act on; below, it is only possibly related. */
export const CONFIDENT = 0.5;

/**
 * How sure an answer resting on a ruling (协调意见) is. Not the fitted model: that model learnt
 * how often the lists' best row names the right agency, over questions the lists answer, and a
 * ruling is no list row: it is the recorded decision on who handles this matter, usually taken
 * because the lists contradict each other (which is exactly where the model is least sure).
 * Feeding it in as a row would let a decided matter read as a coin toss. What stays uncertain
 * is whether the question is about the ruled matter, which the routing requires before it uses
 * the ruling (route.ts ruledMatter); so the lead answer is near-certain, and the cooperating
 * agencies (they take part but are not the door to knock on) sure, above CONFIDENT, so they
 * keep their phone numbers. List answers beside a ruling are capped below CONFIDENT: the
 * decision supersedes what a list says about that matter.
 */
export const RULING_CONFIDENCE = { lead: 0.95, cooperating: 0.8 } as const;

/**
 * A list answer must also rest on a row that speaks to the subject: below this share of the
 * question's term weight in its best row, the agency won on its kind of department rather than
 * on its list, and the answer is a general-function one (chosen on dev with tools/tune-route.ts).
 */
export const COVERAGE = { listMatched: 0.08 };

export function confidenceFeatures(ranked: readonly ScoredAgency[], long: boolean, kind: number): ConfidenceFeatures | null {
  const [top] = ranked;
  if (!top) return null;
  const next = ranked.find((a) => a.topic !== top.topic && a !== top);
  return {
    score: Math.log1p(top.score),
    margin: top.score > 0 ? (top.score - (next?.score ?? 0)) / top.score : 0,
    matched: top.matched,
    long: long ? 1 : 0,
    agree: top.agree,
    kind,
  };
}

export function confidenceOf(f: ConfidenceFeatures | null, model = CONFIDENCE_MODEL): number {
  if (!f) return 0;
  const z =
    model.bias +
    model.score * f.score +
    model.margin * f.margin +
    model.matched * f.matched +
    model.long * f.long +
    model.agree * f.agree +
    model.kind * f.kind;
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
