// Short and full forms of agency names as the documents use them side by side
// (洪江区发改局 in a table, 区发展和改革局 in the case sentence next to it). The
// cjk index cannot know they are one agency, so the search layer expands stems.
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['发改', '发展和改革'],
  ['发改', '发展改革'],
  ['经信', '经济和信息化'],
  ['工信', '工业和信息化'],
  ['住建', '住房和城乡建设'],
  ['住建', '住房城乡建设'],
  ['人社', '人力资源和社会保障'],
  ['人社', '人力社保'],
  ['国土', '国土资源'],
  ['环保', '环境保护'],
  ['安监', '安全生产监督管理'],
  ['安监', '安全监管'],
  ['食药监', '食品药品监督管理'],
  ['食药监', '食品药品监管'],
  ['质监', '质量技术监督'],
  ['工商', '工商行政管理'],
  ['海渔', '海洋与渔业'],
  ['海渔', '海洋和渔业'],
  ['人防', '人民防空'],
  ['计生', '计划生育'],
  ['城管', '城市管理'],
  ['教文体', '教育文化体育'],
  ['经贸', '经济贸易'],
  ['农办', '农村工作办公室'],
  ['民宗', '民族宗教'],
  ['编办', '机构编制委员会办公室'],
];

/** The name's stem and the other form of any abbreviation inside it. */
export function stemVariants(stem: string): string[] {
  const out = new Set([stem]);
  for (const [short, full] of PAIRS) {
    if (stem.includes(full)) out.add(stem.replace(full, short));
    else if (stem.includes(short)) out.add(stem.replace(short, full));
  }
  return [...out];
}
