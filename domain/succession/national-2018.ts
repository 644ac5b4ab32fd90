// The national pattern of the 2018 reform of Party and state bodies (深化党和国家机构改革) for
// COUNTY-level government bodies: which bodies the pre-reform lists name ceased, and where
// their duties went. It is the general case only. Counties differed (some kept 农办 or 林业局
// apart, many had merged 工商/质监/食药 years earlier, names vary: 自然资源和规划局,
// 文化旅游广电体育局); a jurisdiction's own records override it (in-force.ts).
//
// What it rests on: the reform plan names the national bodies and the duties moved between
// them; the provincial plans approved under it require provincial, city and county bodies to
// correspond to the central ones in their main setting (省市县主要机构设置同中央保持基本对应),
// which is why the plan's moves are read as the county pattern. Each event says whether the
// plan states the move (`basis: 'stated'`) or whether the county arrangement is the usual one
// among several (`'usual'`).
//
// Dates: the plan required all local reforms to be essentially completed by the end of March
// 2019 (所有地方机构改革任务在2019年3月底前基本完成), so county events carry 2019-03-31 unless
// a source gives another date. That is the latest date the pattern expects, not each county's
// own day; a local record gives that.
//
// Document numbers: none of the documents below was verified to carry one; each says why it
// is null. Nothing here was derived from a question or message set.
import type { SuccessionAgency, SuccessionEvent, SuccessionSource } from './model';

// ---- Sources -------------------------------------------------------------------------------

/** The 2018 plan. Its text was published by 新华社 on 2018-03-21 (“近日，中共中央印发了《深化党和国家机构改革方案》”). */
const PLAN_2018 = (section: string): SuccessionSource => ({
  title: '《深化党和国家机构改革方案》',
  issuer: '中共中央',
  date: '2018-03-21',
  docNumber: null,
  docNumberNote: '新华社2018年3月21日播发全文时未载文号；未能核实有无文号',
  section,
});

/** The 2013 State Council plan: 卫生 and 人口计生 merged, 生猪屠宰 moved from 商务 to 农业. */
const PLAN_2013 = (section: string): SuccessionSource => ({
  title: '《国务院机构改革和职能转变方案》',
  issuer: '第十二届全国人民代表大会第一次会议（批准）',
  date: '2013-03-14',
  docNumber: null,
  docNumberNote: '由全国人民代表大会会议决定批准，无发文字号',
  section,
});

/** The merger of the state and local tax bureaus (published by 新华社 on 2018-07-20). */
const TAX_REFORM_2018: SuccessionSource = {
  title: '《国税地税征管体制改革方案》',
  issuer: '中共中央办公厅、国务院办公厅',
  date: '2018-07-20',
  docNumber: null,
  docNumberNote: '新华社2018年7月20日报道印发时未载文号；未能核实有无文号',
};

const END_OF_LOCAL_REFORM = '2019-03-31';
const END_OF_LOCAL_REFORM_NOTE =
  '《深化党和国家机构改革方案》要求所有地方机构改革任务在2019年3月底前基本完成：这是县级改革应完成的日期，不是各县的实际日期（以本地记录为准）';

/**
 * Documents that carried the pattern to provinces whose lists are loaded, and the guidance the
 * provincial plans cite. Their texts were not checked here, so no event rests on them; they
 * are listed so that an editor knows where a province's own record would come from.
 */
export const PATTERN_CONTEXT: readonly (SuccessionSource & { note: string })[] = [
  {
    title: '《关于地方机构改革有关问题的指导意见》',
    issuer: '未核实',
    date: '2018',
    docNumber: null,
    docNumberNote: '未能核实文号、发文机关和日期',
    note: '各省机构改革方案（如中共中央办公厅、国务院办公厅印发的《甘肃省机构改革方案》《宁夏回族自治区机构改革方案》）开篇援引此件，并要求省市县主要机构设置同中央保持基本对应',
  },
  {
    title: '《湖南省机构改革方案》',
    issuer: '中共中央办公厅、国务院办公厅（印发）；党中央、国务院批准',
    date: '2018-10',
    docNumber: null,
    docNumberNote: '未能核实文号和印发日期',
    note: '澎湃新闻2018年10月21日报道湖南省级机构改革方案已获批；蒸湘区、洪江区、安化县的清单属湖南省',
  },
  {
    title: '《河北省机构改革方案》',
    issuer: '中共中央办公厅、国务院办公厅（印发）；党中央、国务院批准',
    date: '2018-10',
    docNumber: null,
    docNumberNote: '未能核实文号和印发日期',
    note: '中评社2018年10月27日转引《新京报》报道河北省级机构改革方案已获批；鹿泉区的清单属河北省',
  },
];

// ---- Bodies: each name once, in the full form county lists write -------------------------
// Each name's `profile` is the department-profiles.ts kind it reads as; a test holds them.

const body = (name: string, profile: string, aliases?: readonly string[]): SuccessionAgency =>
  aliases ? { name, profile, aliases } : { name, profile };

const B = {
  // before
  industryCommerce: body('工商行政管理局', 'market-regulation'),
  qualitySupervision: body('质量技术监督局', 'quality-supervision'),
  foodDrug: body('食品药品监督管理局', 'food-drug'),
  price: body('物价局', 'price'),
  workSafety: body('安全生产监督管理局', 'work-safety'),
  emergencyOffice: body('人民政府应急管理办公室', 'work-safety', ['应急办']),
  floodControlOffice: body('防汛抗旱指挥部办公室', 'water'),
  healthFamilyPlanning: body('卫生和计划生育局', 'health', ['卫计委']),
  health: body('卫生局', 'health'),
  familyPlanning: body('人口和计划生育局', 'family-planning'),
  landResources: body('国土资源局', 'land-resources'),
  urbanPlanning: body('城乡规划局', 'urban-planning'),
  environmentalProtection: body('环境保护局', 'environment'),
  agriculture: body('农业局', 'agriculture'),
  ruralWorkOffice: body('农村工作办公室', 'agriculture', ['农办']),
  livestockFishery: body('畜牧水产局', 'livestock-fishery'),
  legalAffairsOffice: body('人民政府法制办公室', 'justice', ['政府法制办公室', '法制办']),
  culturePress: body('文化广电新闻出版局', 'culture', ['文广新局']),
  tourism: body('旅游局', 'tourism'),
  stateTax: body('国家税务局', 'taxation', ['国税局']),
  localTax: body('地方税务局', 'taxation', ['地税局']),
  fireBrigade: body('公安消防大队', 'fire-rescue'),
  // before and after: these continue and hand named duties on
  developmentReform: body('发展和改革局', 'development-reform'),
  civilAffairs: body('民政局', 'civil-affairs'),
  humanResources: body('人力资源和社会保障局', 'human-resources'),
  water: body('水利局', 'water'),
  forestry: body('林业局', 'forestry'),
  housing: body('住房和城乡建设局', 'housing-construction'),
  finance: body('财政局', 'finance'),
  commerce: body('商务局', 'commerce'),
  // after
  marketRegulation: body('市场监督管理局', 'market-regulation', ['市场监管局']),
  emergency: body('应急管理局', 'work-safety', ['应急局']),
  healthCommission: body('卫生健康局', 'health', ['卫健局', '卫生健康委员会']),
  naturalResources: body('自然资源局', 'land-resources', ['自然资源和规划局']),
  ecology: body('生态环境局', 'environment'),
  agricultureRural: body('农业农村局', 'agriculture'),
  medicalSecurity: body('医疗保障局', 'medical-security', ['医保局']),
  veterans: body('退役军人事务局', 'veterans'),
  justice: body('司法局', 'justice'),
  cultureTourism: body('文化和旅游局', 'culture', ['文化旅游广电体育局']),
  tax: body('税务局', 'taxation'),
  fireRescue: body('消防救援大队', 'fire-rescue'),
} as const;

// ---- Events ------------------------------------------------------------------------------

const NATIONAL = { kind: 'national-pattern' } as const;

/** One body hands named duties to another on the county reform's completion date. */
function handOver(
  id: string,
  from: SuccessionAgency,
  duties: readonly string[],
  to: SuccessionAgency,
  section: string,
  basis: 'stated' | 'usual' = 'stated',
  note?: string,
): SuccessionEvent {
  return {
    id,
    kind: 'duties_transferred',
    from: [from],
    to: [{ to, duties }],
    effective: END_OF_LOCAL_REFORM,
    effectiveNote: END_OF_LOCAL_REFORM_NOTE,
    scope: NATIONAL,
    sources: [PLAN_2018(section)],
    basis,
    ...(note ? { note } : {}),
  };
}

/** Bodies that ceased on the county reform's completion date, all their duties going to one. */
function merger(
  id: string,
  from: readonly SuccessionAgency[],
  to: SuccessionAgency,
  sources: readonly SuccessionSource[],
  basis: 'stated' | 'usual',
  note?: string,
): SuccessionEvent {
  return {
    id,
    kind: 'merged_into',
    from,
    to: [{ to, duties: 'all' }],
    effective: END_OF_LOCAL_REFORM,
    effectiveNote: END_OF_LOCAL_REFORM_NOTE,
    scope: NATIONAL,
    sources,
    basis,
    ...(note ? { note } : {}),
  };
}

const MARKET = '组建国家市场监督管理总局';
const EMERGENCY = '组建应急管理部';
const HEALTH = '组建国家卫生健康委员会';
const MEDICAL = '组建国家医疗保障局';
const VETERANS = '组建退役军人事务部';
const NATURAL = '组建自然资源部';
const ECOLOGY = '组建生态环境部';
const AGRICULTURE = '组建农业农村部';

export const NATIONAL_PATTERN_2018: readonly SuccessionEvent[] = [
  // 市场监督管理
  merger(
    'n2018-market-regulation',
    [B.industryCommerce, B.qualitySupervision, B.foodDrug],
    B.marketRegulation,
    [PLAN_2018(MARKET)],
    'stated',
    '许多县在2014—2017年间已将工商、质监、食药合并为市场监督管理局（“三合一”），日期以本地记录为准',
  ),
  {
    id: 'n2018-price-bureau',
    kind: 'split_between',
    from: [B.price],
    to: [
      { to: B.developmentReform, duties: 'all' },
      { to: B.marketRegulation, duties: ['价格监督检查'] },
    ],
    effective: END_OF_LOCAL_REFORM,
    effectiveNote: END_OF_LOCAL_REFORM_NOTE,
    scope: NATIONAL,
    sources: [PLAN_2018(MARKET)],
    basis: 'usual',
    note: '方案将发展改革部门的价格监督检查与反垄断执法职责划入市场监管部门；单设物价局的县，价格管理多并入发展和改革局',
  },
  handOver('n2018-price-inspection', B.developmentReform, ['价格监督检查与反垄断执法'], B.marketRegulation, MARKET),

  // 应急管理
  merger(
    'n2018-emergency',
    [B.workSafety, B.emergencyOffice, B.floodControlOffice],
    B.emergency,
    [PLAN_2018(EMERGENCY)],
    'stated',
    '方案整合安全生产监督管理、政府办公厅的应急管理职责和防汛抗旱指挥部的职责；县防汛抗旱指挥部办公室原多设在水利局',
  ),
  handOver('n2018-disaster-relief', B.civilAffairs, ['救灾'], B.emergency, EMERGENCY),
  handOver('n2018-geological-hazards', B.landResources, ['地质灾害防治相关职责'], B.emergency, EMERGENCY),
  handOver('n2018-flood-drought', B.water, ['水旱灾害防治相关职责'], B.emergency, EMERGENCY),
  handOver('n2018-forest-fire', B.forestry, ['森林防火相关职责'], B.emergency, EMERGENCY),
  {
    id: 'n2018-fire-rescue',
    kind: 'renamed',
    from: [B.fireBrigade],
    to: [{ to: B.fireRescue, duties: 'all' }],
    effective: '2018-11-09',
    effectiveNote: '国家综合性消防救援队伍授旗之日；各县消防大队更名挂牌日期不一',
    scope: NATIONAL,
    sources: [PLAN_2018(EMERGENCY)],
    basis: 'stated',
    note: '公安消防部队转制，由应急管理部门管理；县级为消防救援大队，不属县政府工作部门',
  },

  // 卫生健康
  handOver('n2018-occupational-health', B.workSafety, ['职业安全健康监督管理'], B.healthCommission, HEALTH),
  handOver(
    'n2018-ageing',
    B.civilAffairs,
    ['老龄工作'],
    B.healthCommission,
    HEALTH,
    'usual',
    '方案将全国老龄工作委员会办公室的职责划入卫生健康部门；县老龄办原多设在民政局',
  ),
  merger(
    'n2018-health',
    [B.healthFamilyPlanning, B.health, B.familyPlanning],
    B.healthCommission,
    [PLAN_2018(HEALTH), PLAN_2013('组建国家卫生和计划生育委员会')],
    'stated',
    '2013年国务院机构改革将卫生与人口计生合并为卫生计生部门，县级合并时间不一（蒸湘区的清单仍分列卫生局与人口和计划生育局）；至2018年改革完成时均归卫生健康局',
  ),

  // 医疗保障
  {
    id: 'n2018-medical-security',
    kind: 'established',
    from: [],
    to: [{ to: B.medicalSecurity, duties: 'all' }],
    effective: END_OF_LOCAL_REFORM,
    effectiveNote: END_OF_LOCAL_REFORM_NOTE,
    scope: NATIONAL,
    sources: [PLAN_2018(MEDICAL)],
    basis: 'stated',
  },
  handOver('n2018-medical-insurance', B.humanResources, ['城镇职工和城镇居民基本医疗保险', '生育保险'], B.medicalSecurity, MEDICAL),
  handOver('n2018-rural-cooperative-medical', B.healthFamilyPlanning, ['新型农村合作医疗'], B.medicalSecurity, MEDICAL),
  handOver(
    'n2018-rural-cooperative-medical-health-bureau',
    B.health,
    ['新型农村合作医疗'],
    B.medicalSecurity,
    MEDICAL,
    'usual',
    '卫生与人口计生仍分设的县，新农合在卫生局',
  ),
  handOver('n2018-medical-prices', B.developmentReform, ['药品和医疗服务价格管理'], B.medicalSecurity, MEDICAL),
  handOver('n2018-medical-assistance', B.civilAffairs, ['医疗救助'], B.medicalSecurity, MEDICAL),

  // 退役军人事务
  {
    id: 'n2018-veterans',
    kind: 'established',
    from: [],
    to: [{ to: B.veterans, duties: 'all' }],
    effective: END_OF_LOCAL_REFORM,
    effectiveNote: END_OF_LOCAL_REFORM_NOTE,
    scope: NATIONAL,
    sources: [PLAN_2018(VETERANS)],
    basis: 'stated',
  },
  handOver('n2018-veterans-care', B.civilAffairs, ['退役军人优抚安置'], B.veterans, VETERANS),
  handOver('n2018-officer-resettlement', B.humanResources, ['军官转业安置'], B.veterans, VETERANS),

  // 自然资源
  merger(
    'n2018-natural-resources',
    [B.landResources],
    B.naturalResources,
    [PLAN_2018(NATURAL)],
    'stated',
    '县级多称自然资源局或自然资源和规划局',
  ),
  merger(
    'n2018-urban-planning',
    [B.urbanPlanning],
    B.naturalResources,
    [PLAN_2018(NATURAL)],
    'usual',
    '方案将住房城乡建设部门的城乡规划管理职责划入自然资源部门；单设城乡规划局的县，规划局多并入自然资源（和规划）局',
  ),
  handOver('n2018-planning-from-housing', B.housing, ['城乡规划管理'], B.naturalResources, NATURAL),
  handOver('n2018-functional-zoning', B.developmentReform, ['组织编制主体功能区规划'], B.naturalResources, NATURAL),
  handOver('n2018-water-rights', B.water, ['水资源调查和确权登记管理'], B.naturalResources, NATURAL),
  handOver(
    'n2018-forest-survey',
    B.forestry,
    ['森林、湿地等资源调查和确权登记管理'],
    B.naturalResources,
    NATURAL,
    'stated',
    '林业局本身各县处置不一（保留，或并入自然资源局），此处只记方案划出的职责',
  ),

  // 生态环境
  merger(
    'n2018-ecology',
    [B.environmentalProtection],
    B.ecology,
    [PLAN_2018(ECOLOGY)],
    'stated',
    '省以下环保机构监测监察执法垂直管理改革后，县（区）生态环境机构多为设区的市生态环境局的派出分局（如市生态环境局某某分局）',
  ),
  handOver('n2018-climate', B.developmentReform, ['应对气候变化和减排'], B.ecology, ECOLOGY),
  handOver('n2018-groundwater', B.landResources, ['监督防止地下水污染'], B.ecology, ECOLOGY),
  handOver('n2018-water-environment', B.water, ['编制水功能区划', '排污口设置管理', '流域水环境保护'], B.ecology, ECOLOGY),
  handOver('n2018-agricultural-pollution', B.agriculture, ['监督指导农业面源污染治理'], B.ecology, ECOLOGY),

  // 农业农村
  merger(
    'n2018-agriculture-rural',
    [B.agriculture, B.ruralWorkOffice],
    B.agricultureRural,
    [PLAN_2018(AGRICULTURE)],
    'stated',
    '方案整合中央农村工作领导小组办公室和农业部的职责；县委农村工作领导小组办公室多设在农业农村局。部分县农办另设，以本地记录为准',
  ),
  merger(
    'n2018-livestock-fishery',
    [B.livestockFishery],
    B.agricultureRural,
    [PLAN_2018(AGRICULTURE)],
    'usual',
    '畜牧、渔业本属农业部职责；单设畜牧水产局的县多将其并入农业农村局',
  ),
  handOver('n2018-agricultural-investment', B.developmentReform, ['农业投资项目管理'], B.agricultureRural, AGRICULTURE),
  handOver('n2018-agricultural-development', B.finance, ['农业综合开发项目管理'], B.agricultureRural, AGRICULTURE),
  handOver('n2018-farmland-consolidation', B.landResources, ['农田整治项目管理'], B.agricultureRural, AGRICULTURE),
  handOver('n2018-farmland-water', B.water, ['农田水利建设项目管理'], B.agricultureRural, AGRICULTURE),
  {
    id: 'n2013-pig-slaughter',
    kind: 'duties_transferred',
    from: [B.commerce],
    to: [{ to: B.agriculture, duties: ['生猪屠宰监督管理'] }],
    effective: '2013-12-24',
    effectiveNote: '中国畜牧兽医报2013年12月24日报道商务部与农业部已完成移交；县级移交多在2014—2015年，以本地记录为准',
    scope: NATIONAL,
    sources: [PLAN_2013('（依方案和中央编办有关文件）生猪屠宰监督管理职责划入农业部门')],
    basis: 'stated',
    note: '属2013年改革，非2018年；列在此处，因为2018年前的清单可能仍把屠宰列在商务部门',
  },

  // 文化和旅游
  merger(
    'n2018-culture-tourism',
    [B.culturePress, B.tourism],
    B.cultureTourism,
    [PLAN_2018('组建文化和旅游部')],
    'usual',
    '县级名称不一，多为文化旅游广电体育局',
  ),

  // 司法
  merger(
    'n2018-justice',
    [B.legalAffairsOffice],
    B.justice,
    [PLAN_2018('重新组建司法部')],
    'stated',
    '政府法制办公室的职责并入司法局，司法局继续存在',
  ),

  // 税务
  {
    id: 'n2018-tax',
    kind: 'merged_into',
    from: [B.stateTax, B.localTax],
    to: [{ to: B.tax, duties: 'all' }],
    effective: '2018-07-20',
    effectiveNote:
      '《国税地税征管体制改革方案》于2018年7月20日公布，要求2018年年底前完成各项改革任务；县级新税务机构同日统一挂牌一说未能用检索核实，以本地记录为准',
    scope: NATIONAL,
    sources: [PLAN_2018('改革国税地税征管体制'), TAX_REFORM_2018],
    basis: 'stated',
  },
];
