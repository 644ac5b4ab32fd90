// The fixed plain-language questions the scale and replica benches ask (the kinds of things
// citizens ask about a county's departments), and the whoHandles operation they ask them with.
export const QUESTIONS = [
  '饭店卫生不好找谁',
  '工地夜间施工噪音扰民',
  '河道有人非法采砂',
  '小区垃圾没人清运',
  '超市卖过期食品',
  '农民工工资被拖欠',
  '路边违章搭建',
  '学校周边无证摊贩',
  '药店卖假药',
  '企业偷排污水',
];

export const WHO_HANDLES =
  'query($q: String!, $j: String) { whoHandles(question: $q, jurisdiction: $j, first: 5) { agency { name } score } }';
