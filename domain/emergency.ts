// Emergencies: a message about a gas leak, a fire, an electric shock, someone hurt or a
// crime in progress needs a phone number now, not a department. Plain keyword rules, kept
// narrow (a past quarrel about a fire door is not a fire): each pattern speaks of the danger
// happening, not of a matter of administration.

export interface Emergency {
  /** 119, 120, 110. */
  number: string;
  /** What it is, in the answer's words: 燃气泄漏, 火灾 … */
  what: string;
  /** The sentence shown before any department. */
  advice: string;
}

interface EmergencyRule {
  pattern: RegExp;
  number: string;
  what: string;
  advice: string;
}

const RULES: readonly EmergencyRule[] = [
  {
    pattern: /(煤气|燃气|天然气|液化气)(泄漏|泄露|漏气|漏了)|闻到(很大的|很浓的)?(煤气|燃气|天然气)味/,
    number: '119',
    what: '燃气泄漏',
    advice: '燃气泄漏：立即关闭阀门、开窗通风，不要开关电器或使用明火，撤到室外后拨打 119。',
  },
  {
    pattern: /(着火|起火|失火|火灾|烧起来|火烧起来|浓烟|冒黑烟)(了|啦|！|!)?/,
    number: '119',
    what: '火灾',
    advice: '发生火灾：立即拨打 119，先撤离到安全地带。',
  },
  {
    pattern: /触电|被电(到|击)|电线(掉|断)(在|到)?(地上|路上|下来)/,
    number: '120',
    what: '触电',
    advice: '有人触电：先切断电源，不要直接用手拉人，立即拨打 120；电线落地请远离并拨打 110。',
  },
  {
    pattern: /(昏迷|晕倒|不省人事|大出血|流了很多血|受了重伤|重伤|快不行了|没有呼吸|心脏骤停|抽搐)/,
    number: '120',
    what: '有人受伤或急病',
    advice: '有人受伤或急病：立即拨打 120 急救电话。',
  },
  {
    pattern: /(正在|现在)(打人|砸|抢|偷|撬|行凶|殴打|持刀)|持刀|拿着刀|抢劫|绑架|入室盗窃|有人(杀人|砍人)/,
    number: '110',
    what: '违法犯罪正在发生',
    advice: '违法犯罪正在发生：立即拨打 110 报警，注意自身安全。',
  },
];

/** The emergency a message speaks of, or null. The first matching rule wins (gas before fire). */
export function emergencyIn(text: string): Emergency | null {
  const rule = RULES.find((r) => r.pattern.test(text));
  return rule ? { number: rule.number, what: rule.what, advice: rule.advice } : null;
}
