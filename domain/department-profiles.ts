// General function profiles of the common kinds of county-level department (issue 10, item 4).
//
// A county's own lists are the evidence jurisdiction answers rest on. Many questions, though,
// concern agencies those lists only name in other lists' rows (环保分局, 国土分局, 工商分局,
// 物价局, 公安分局 …) or subjects no loaded list covers. For those, and only those, a profile
// says what such a department does nationally and on what legal basis, so an answer can say
// 「本地清单未载明；按此类部门的通常职能 …」 instead of guessing from unrelated rows.
//
// Where the data comes from: the functions and subject words are written from the laws and
// State Council regulations cited with each profile (the 2018 reform's 三定 where one was
// checked) and from general knowledge of how county departments work. Nothing here is derived
// from any question or message set. An `article` is given only where it was checked against
// the text of the cited edition; a source without one is cited by title only.
//
// Pure data and pure helpers, no I/O: the web bundle may import it.

/** What kind of body a profile describes: most are government departments; some are not. */
export type DepartmentNature =
  /** a department (工作部门) of the county government */
  | 'government'
  /** managed from above the county (税务, 邮政管理, 住房公积金中心) */
  | 'vertical'
  /** a township government or a street office: 属地管理 */
  | 'township'
  /** a company, not a government department: it serves, it does not regulate */
  | 'enterprise'
  /** the 12345 government service hotline: where to turn when no department fits */
  | 'hotline';

/** A legal basis of a profile: a law, a State Council regulation or a 三定 规定. */
export interface ProfileSource {
  /** 《中华人民共和国环境保护法》 */
  title: string;
  /** 国务院令第423号, 国办发〔2020〕53号 */
  docNumber?: string;
  /** The edition the article was checked in, where articles moved between editions. */
  edition?: string;
  /** 第十条: only where checked against that edition's text. */
  article?: string;
}

export interface DepartmentProfile {
  /** Stable ASCII id. */
  id: string;
  /** The Chinese short name of the kind: 环境保护部门. */
  kind: string;
  nature: DepartmentNature;
  /** Patterns that recognise an agency of this kind by its name in a list (see `profileOfAgencyName`). */
  names: readonly RegExp[];
  /**
   * Kinds whose names may enclose this kind's names (公安局交通警察大队 is 交警, not 公安 in
   * general): when both match one name, this kind wins.
   */
  within?: readonly string[];
  /** What such a department does nationally at county level, 2–4 short lines. */
  functions: readonly string[];
  /** The plain words people use for the subjects it handles (see `profileSubjectsIn`). */
  subjects: readonly string[];
  sources: readonly ProfileSource[];
  /** What changed in the 2018–2019 reform of government bodies, where the kind was renamed or merged. */
  reform?: string;
}

/** The sentence an answer starts with when it rests on a profile, not on a local list. */
export const GENERAL_FUNCTION_NOTE = '本地清单未载明；按此类部门的通常职能';

// Subjects shared on purpose, because the law gives the matter to more than one kind of body:
// 违章建筑 (规划 by 城乡规划法 第六十四条; 城管 where it exercises the concentrated power to
// penalise), 施工噪音 (环保 by 环境噪声污染防治法 第五十六条; 城管 likewise), 油烟 (环保
// supervises all air pollution, 大气污染防治法 第五条; the penalty goes to the department the
// county names, usually 城管, 第一百一十八条), 宅基地 (国土 until 2019; 农业农村 since,
// 土地管理法 第六十七条), 屠宰 (商务 until 2018; 农业农村 since). Every other subject belongs
// to one kind; a test keeps it so.

/** Subject words written as one space-separated list, the way they are read and reviewed. */
function words(list: string): readonly string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

const CITY_ENFORCEMENT_REFORM: ProfileSource = {
  title: '《中共中央 国务院关于深入推进城市执法体制改革改进城市管理工作的指导意见》',
};

export const DEPARTMENT_PROFILES: readonly DepartmentProfile[] = [
  {
    id: 'public-security',
    kind: '公安机关',
    nature: 'government',
    names: [/森林公安/, /公安/, /派出所/, /警察/, /警务/, /刑侦/, /治安(?!综合治理)/, /禁毒/, /看守所/, /拘留所/, /巡警/, /特警/],
    functions: [
      '维护社会治安秩序，预防、制止和侦查违法犯罪活动，查处治安案件',
      '户口登记、居民身份证签发、出入境证件受理',
      '管理枪支弹药、管制刀具、危险物品和特种行业，负责烟花爆竹的公共安全管理',
      '查处人为制造噪声干扰他人正常生活等社会生活噪声扰民行为',
    ],
    subjects: words(`
      报警 盗窃 被偷 小偷 偷东西 抢劫 诈骗 被骗 电信诈骗 打架 斗殴 殴打 打人 赌博 吸毒
      贩毒 卖淫 嫖娼 涉黑 黑恶 敲诈 寻衅滋事 家暴 家庭暴力 户口 户籍 落户 身份证 居住证
      出入境 护照 治安 广场舞 管制刀具 枪支 燃放烟花爆竹 养狗 犬只 走失 医闹
    `),
    sources: [
      { title: '《中华人民共和国人民警察法》', edition: '2012年修正', article: '第六条' },
      { title: '《中华人民共和国治安管理处罚法》', edition: '2012年修正', article: '第七条' },
      { title: '《中华人民共和国治安管理处罚法》', edition: '2012年修正', article: '第五十八条' },
      { title: '《中华人民共和国户口登记条例》', article: '第三条' },
      { title: '《中华人民共和国居民身份证法》', edition: '2011年修正', article: '第八条' },
      { title: '《烟花爆竹安全管理条例》', docNumber: '国务院令第455号', article: '第四条' },
    ],
  },
  {
    id: 'traffic-police',
    kind: '公安交通管理部门（交警）',
    nature: 'government',
    names: [/交警/, /交通警察/, /交通管理(?:局|支队|大队|中队)/, /公安交通管理/, /车管所/, /车辆管理所/],
    within: ['public-security'],
    functions: [
      '道路交通安全管理：指挥疏导交通、维护道路通行秩序，查处交通违法行为',
      '处理道路交通事故',
      '机动车登记上牌、检验，机动车驾驶证考试和发证',
    ],
    subjects: words(`
      交警 交通事故 车祸 撞车 追尾 肇事 逃逸 违章 违停 违章停车 乱停车 闯红灯 红绿灯
      信号灯 酒驾 醉驾 超载 超速 驾驶证 驾照 行驶证 车牌 上牌 年检 电动车上牌 堵车
      交通拥堵 斑马线 罚单 扣分 炸街 飙车 无证驾驶 摩托车
    `),
    sources: [
      { title: '《中华人民共和国道路交通安全法》', article: '第五条' },
      { title: '《中华人民共和国人民警察法》', edition: '2012年修正', article: '第六条' },
    ],
  },
  {
    id: 'fire-rescue',
    kind: '消防救援机构',
    nature: 'government',
    names: [/公安消防/, /消防救援/, /消防/],
    within: ['public-security', 'work-safety'],
    functions: ['消防监督检查，查处消防违法行为和火灾隐患', '火灾扑救和应急救援，调查火灾原因'],
    subjects: words(`
      火灾 着火 失火 起火 消防 消防通道 消防栓 灭火器 防火 火灾隐患 消防设施 安全出口
      疏散通道 楼道堆物 楼道堆放 飞线充电 电动车充电 烟感 消防检查 易燃物
    `),
    sources: [{ title: '《中华人民共和国消防法》', edition: '2021年修正', article: '第四条' }],
    reform: '2018年改革前为公安机关消防机构；改革后消防救援队伍转隶应急管理部门',
  },
  {
    id: 'environment',
    kind: '环境保护部门',
    nature: 'government',
    names: [/环境保护/, /环保/, /生态环境/, /环境监测/, /环境监察/],
    functions: [
      '对本行政区域环境保护工作实施统一监督管理',
      '查处废水、废气、固体废物、噪声等污染环境的违法行为',
      '建设项目环境影响评价审批，排污许可和污染源监管',
    ],
    subjects: words(`
      污染 排污 偷排 直排 污水 废水 废气 废渣 黑烟 烟尘 粉尘 扬尘 臭气 臭味 恶臭 异味
      噪音 噪声 噪音扰民 太吵 很吵 施工噪音 夜间施工 工地噪音 油烟 辐射 环评 环境影响评价
      排污许可 危险废物 固体废物 化工厂 养殖污染 水污染 大气污染 空气质量 雾霾 土壤污染
      焚烧秸秆 秸秆焚烧
    `),
    sources: [
      { title: '《中华人民共和国环境保护法》', edition: '2014年修订', article: '第十条' },
      { title: '《中华人民共和国大气污染防治法》', edition: '2018年修正', article: '第五条' },
      { title: '《中华人民共和国水污染防治法》', edition: '2017年修正', article: '第九条' },
      { title: '《中华人民共和国环境噪声污染防治法》', edition: '2018年修正', article: '第六条' },
      { title: '《中华人民共和国环境噪声污染防治法》', edition: '2018年修正', article: '第五十六条' },
      { title: '《中华人民共和国噪声污染防治法》', edition: '2021年', article: '第八条' },
      { title: '《中华人民共和国固体废物污染环境防治法》', edition: '2020年修订', article: '第九条' },
    ],
    reform: '2018年改革后为生态环境部门（市、县生态环境分局）',
  },
  {
    id: 'land-resources',
    kind: '国土资源部门',
    nature: 'government',
    names: [/国土/, /自然资源/, /土地(?:管理|储备|整理)/, /不动产登记/, /矿产/, /测绘/],
    functions: [
      '土地管理和监督：土地利用规划、耕地保护、建设用地审批、征地',
      '查处非法占用土地、非法采矿等违法行为',
      '不动产统一登记，矿产资源和地质灾害防治管理',
    ],
    subjects: words(`
      土地 征地 征地补偿 土地征收 耕地 基本农田 占用耕地 乱占耕地 非法占地 违法占地 宅基地
      农村建房 建房审批 土地证 不动产登记 不动产权证 房产证 确权 土地确权 地质灾害 山体滑坡
      滑坡 矿产 采矿 非法采矿 采石 挖山 测绘 土地出让 土地使用权 闲置土地 土地复垦
    `),
    sources: [
      { title: '《中华人民共和国土地管理法》', edition: '2019年修正', article: '第五条' },
      { title: '《中华人民共和国土地管理法》', edition: '2019年修正', article: '第六十七条' },
      { title: '《中华人民共和国土地管理法》', edition: '2019年修正', article: '第七十七条' },
    ],
    reform: '2018年改革后为自然资源部门（常与城乡规划合并为自然资源和规划局）',
  },
  {
    id: 'urban-planning',
    kind: '城乡规划部门',
    nature: 'government',
    names: [/城乡规划/, /城市规划/, /规划/],
    functions: [
      '负责本行政区域内的城乡规划管理：组织编制和实施城市、镇规划',
      '核发建设用地规划许可证、建设工程规划许可证，规划核实',
      '查处未取得或者违反建设工程规划许可证的建设',
    ],
    subjects: words(`
      规划 规划许可 规划许可证 建设工程规划许可证 违章建筑 违建 违法建设 私搭乱建 乱搭乱建
      加层 加建 楼间距 建筑间距 日照 采光 挡光 容积率 控规 规划变更 规划公示 小区规划
      道路规划 红线
    `),
    sources: [
      { title: '《中华人民共和国城乡规划法》', edition: '2019年修正', article: '第十一条' },
      { title: '《中华人民共和国城乡规划法》', edition: '2019年修正', article: '第六十四条' },
      { title: '《中华人民共和国城乡规划法》', edition: '2019年修正', article: '第六十五条' },
    ],
    reform: '2018年改革后城乡规划管理职责划入自然资源部门',
  },
  {
    id: 'housing-construction',
    kind: '住房和城乡建设部门',
    nature: 'government',
    names: [
      /住房和城乡建设/,
      /住房城乡建设/,
      /住建/,
      /城乡建设/,
      /建设局/,
      /建设委员会/,
      /建委/,
      /城建/,
      /房产/,
      /房地产/,
      /房管/,
      /住房保障/,
      /房屋征收/,
    ],
    functions: [
      '建筑活动、建设工程质量和施工安全的监督管理，建筑市场管理',
      '房地产开发和交易、物业管理活动的监督管理，住房保障和棚户区改造',
      '城市道路等市政公用设施、城镇燃气和城市供水的行业管理',
      '会同有关部门做好施工扬尘污染防治',
    ],
    subjects: words(`
      工地 建筑工地 施工 施工安全 工程质量 房屋质量 房屋漏水 墙体开裂 商品房 开发商 房地产
      购房 买房 交房 延期交房 烂尾楼 物业 物业公司 物业管理 业主委员会 业委会 维修基金
      维修资金 公租房 廉租房 保障房 棚改 棚户区改造 拆迁 房屋征收 危房 危房改造 工地扬尘
      施工扬尘 路灯 井盖 下水道 排水 内涝 市政道路
    `),
    sources: [
      { title: '《中华人民共和国建筑法》', edition: '2019年修正', article: '第六条' },
      { title: '《建设工程质量管理条例》', docNumber: '国务院令第279号', edition: '2019年修订', article: '第四十三条' },
      { title: '《建设工程安全生产管理条例》', docNumber: '国务院令第393号', article: '第四十条' },
      { title: '《物业管理条例》', docNumber: '国务院令第379号', edition: '2018年修订', article: '第五条' },
      { title: '《中华人民共和国城市房地产管理法》', edition: '2019年修正', article: '第七条' },
      { title: '《国有土地上房屋征收与补偿条例》', docNumber: '国务院令第590号', article: '第四条' },
      { title: '《城市道路管理条例》', docNumber: '国务院令第198号', edition: '2019年修订', article: '第六条' },
      { title: '《中华人民共和国大气污染防治法》', edition: '2018年修正', article: '第六十八条' },
    ],
  },
  {
    id: 'urban-management',
    kind: '城市管理（行政执法）部门',
    nature: 'government',
    names: [/城市管理/, /城管/, /市容/, /环境卫生/, /环卫/, /综合行政执法/, /综合执法/],
    functions: [
      '市容和环境卫生管理：生活垃圾和建筑垃圾清运、户外广告、占道经营',
      '集中行使住房城乡建设领域和部分环保、工商、交通、食药的行政处罚权：违法建设、施工噪声和扬尘、餐饮油烟、露天烧烤、户外无照经营、侵占城市道路等',
    ],
    subjects: words(`
      城管 占道经营 摆摊 流动摊贩 小摊贩 店外经营 违章建筑 违建 违法建设 私搭乱建 乱搭乱建
      户外广告 广告牌 招牌 小广告 乱贴 市容 垃圾 生活垃圾 垃圾清运 垃圾桶 乱扔垃圾 乱倒垃圾
      建筑垃圾 渣土 渣土车 道路扬尘 环卫 保洁 公厕 餐饮油烟 油烟 露天烧烤 烧烤 施工噪音
      夜间施工 工地噪音 绿化 绿地 行道树
    `),
    sources: [
      { title: '《城市市容和环境卫生管理条例》', docNumber: '国务院令第101号', edition: '2017年修订', article: '第四条' },
      CITY_ENFORCEMENT_REFORM,
      { title: '《中华人民共和国大气污染防治法》', edition: '2018年修正', article: '第一百一十八条' },
    ],
  },
  {
    id: 'transport',
    kind: '交通运输部门',
    nature: 'government',
    names: [
      /交通运输/,
      /交通(?:局|委员会|委)/,
      /运输管理/,
      /运管/,
      /公路/,
      /道路运输/,
      /港航/,
      /航道/,
      /海事/,
      /超限/,
      /客运管理/,
      /出租车管理/,
    ],
    functions: [
      '道路运输管理：客运、货运、出租汽车、驾驶员培训和机动车维修的经营许可与监督',
      '公路的规划、建设、养护和路政管理，治理超限运输',
      '城市公共交通和农村客运的行业管理',
    ],
    subjects: words(`
      公交 公交车 公交线路 公交站 班车 客运 客车 大巴 长途汽车 汽车站 出租车 的士 拒载
      绕路 打表 网约车 黑车 非法营运 营运证 道路运输证 从业资格证 货运 超限 超限超载 公路
      国道 省道 县道 村道 农村公路 修路 道路养护 桥梁 危桥 驾校 驾驶员培训 机动车维修 修车
      渡口 渡船
    `),
    sources: [
      { title: '《中华人民共和国道路运输条例》', docNumber: '国务院令第406号', edition: '2023年修订', article: '第七条' },
      { title: '《中华人民共和国公路法》', edition: '2017年修正', article: '第八条' },
    ],
  },
  {
    id: 'market-regulation',
    kind: '工商行政管理（市场监督管理）部门',
    nature: 'government',
    names: [/工商(?!联|业联合)/, /市场(?:和质量)?监督管理/, /市场监管/, /消费者协会/, /消协/, /打传办/, /打击传销/],
    functions: [
      '市场主体登记注册，查处无照经营',
      '保护消费者合法权益，处理消费投诉，查处侵害消费者权益行为',
      '查处传销、不正当竞争、虚假广告、商标侵权等违法行为，规范市场秩序',
    ],
    subjects: words(`
      消费者 消费纠纷 消费投诉 退货 退款 霸王条款 虚假宣传 虚假广告 广告 营业执照 无照经营
      个体户 个体工商户 注册公司 工商登记 传销 商标 假冒商标 不正当竞争 合同欺诈 预付卡
      会员卡 办卡 商家 网购 售后 以次充好 三无产品 消协
    `),
    sources: [
      { title: '《中华人民共和国消费者权益保护法》', edition: '2013年修正', article: '第三十二条' },
      { title: '《禁止传销条例》', docNumber: '国务院令第444号', article: '第四条' },
      { title: '《无证无照经营查处办法》', docNumber: '国务院令第684号', article: '第六条' },
      { title: '《中华人民共和国反不正当竞争法》', edition: '2019年修正', article: '第四条' },
      { title: '《中华人民共和国广告法》', edition: '2021年修正', article: '第六条' },
      { title: '《国家市场监督管理总局职能配置、内设机构和人员编制规定》', article: '第三条' },
    ],
    reform: '2014—2019年间县级工商、质监、食药多合并为市场监督管理局',
  },
  {
    id: 'quality-supervision',
    kind: '质量技术监督部门',
    nature: 'government',
    names: [/质量技术监督/, /质监/, /技术监督/, /质量监督/, /计量(?:检定|测试|所)/, /特种设备/, /标准化/],
    functions: [
      '产品质量监督：生产领域产品质量监督抽查，查处假冒伪劣产品',
      '特种设备（电梯、锅炉、压力容器等）安全监察',
      '计量、标准化和认证认可管理',
    ],
    subjects: words(`
      产品质量 质量问题 假冒伪劣 伪劣产品 假货 电梯 电梯故障 困电梯 锅炉 压力容器 气瓶
      特种设备 计量 缺斤少两 短斤少两 缺斤短两 公平秤 电子秤 加油机 3c认证 质量检测
      质量不合格
    `),
    sources: [
      { title: '《中华人民共和国产品质量法》', edition: '2018年修正', article: '第八条' },
      { title: '《中华人民共和国特种设备安全法》', article: '第五条' },
      { title: '《中华人民共和国计量法》', edition: '2018年修正', article: '第四条' },
    ],
    reform: '2014—2019年间县级质监多并入市场监督管理局',
  },
  {
    id: 'food-drug',
    kind: '食品药品监督管理部门',
    nature: 'government',
    names: [/食品药品/, /食药/, /药监/, /药品监督/, /食品安全(?:委员会|办)/, /食安办/],
    functions: [
      '食品生产、流通和餐饮服务环节的食品安全监督管理，食品经营许可',
      '药品、医疗器械、化妆品的监督管理',
      '查处食品安全和药品违法行为',
    ],
    subjects: words(`
      食品安全 食品 过期食品 变质 地沟油 有毒食品 食物中毒 餐馆 饭店卫生 餐饮 小作坊
      食品作坊 保健品 药品 药店 假药 过期药 医疗器械 化妆品 食品经营许可 健康证 外卖 奶粉
      学校食堂
    `),
    sources: [
      { title: '《中华人民共和国食品安全法》', edition: '2021年修正', article: '第六条' },
      { title: '《中华人民共和国药品管理法》', edition: '2019年修订', article: '第八条' },
    ],
    reform: '2018年后县级食药监管职责多归市场监督管理局',
  },
  {
    id: 'price',
    kind: '价格主管部门（物价局）',
    nature: 'government',
    names: [/物价/, /价格(?:监督|检查|认证|监测|主管)/],
    functions: [
      '负责本行政区域内的价格工作：政府定价和收费标准管理',
      '价格监督检查，查处乱收费、价格欺诈、哄抬价格、不明码标价等价格违法行为',
    ],
    subjects: words(`
      乱收费 收费标准 价格 物价 涨价 哄抬物价 哄抬价格 价格欺诈 明码标价 标价 天价 停车费
      物业费 水价 电价 气价 学费标准 收费不合理 多收费 捆绑收费 强制收费 收费公示 医疗收费
    `),
    sources: [
      { title: '《中华人民共和国价格法》', article: '第五条' },
      { title: '《价格违法行为行政处罚规定》', edition: '2010年修订', article: '第二条' },
    ],
    reform: '2018年改革后价格管理（定价、收费标准）留在发展改革部门，价格监督检查划入市场监督管理部门',
  },
  {
    id: 'development-reform',
    kind: '发展和改革部门',
    nature: 'government',
    names: [/发展和改革/, /发展改革/, /发改/],
    functions: ['拟订国民经济和社会发展规划，审批、核准和备案固定资产投资项目', '推进重大项目建设和经济体制改革，节能降耗和能源管理'],
    subjects: words(`
      项目审批 立项 项目核准 项目备案 重大项目 投资项目 节能 能耗 发展规划 招标 招投标
      以工代赈 能源 新能源 充电桩建设 光伏 重点工程 政府投资 煤炭
    `),
    sources: [
      { title: '《政府投资条例》', docNumber: '国务院令第712号', article: '第七条' },
      { title: '《企业投资项目核准和备案管理条例》', docNumber: '国务院令第673号' },
      { title: '《中华人民共和国节约能源法》', edition: '2018年修正', article: '第十条' },
    ],
  },
  {
    id: 'industry-it',
    kind: '经济和信息化（工业和信息化）部门',
    nature: 'government',
    names: [/经济和信息化/, /经济信息化/, /经信/, /工业和信息化/, /工业信息化/, /工信/, /中小企业(?:局|服务)/, /无线电管理/],
    functions: ['工业经济运行调节和工业、信息化发展规划', '中小企业和民营经济发展服务，减轻企业负担', '无线电管理，推进信息化和工业节能'],
    subjects: words(`
      中小企业 民营企业 工业企业 企业减负 企业负担 工业园 园区企业 信息化 无线电 无线电干扰
      企业融资 融资担保 技术改造 停产企业 企业转型 淘汰落后产能 5g基站
    `),
    sources: [{ title: '《中华人民共和国中小企业促进法》', edition: '2017年修订', article: '第五条' }],
  },
  {
    id: 'commerce',
    kind: '商务（经贸）部门',
    nature: 'government',
    names: [/商务/, /经济贸易/, /经贸/, /招商/, /粮食/],
    functions: [
      '内外贸易和市场体系建设，农贸市场等商贸流通设施的规划建设',
      '成品油、酒类、再生资源回收、报废汽车回收、拍卖典当等行业管理',
      '粮食流通和储备管理（设商务和粮食局的地方）',
    ],
    subjects: words(`
      商务 商场 超市 农贸市场 菜市场 集贸市场 酒类 成品油 加油站 报废汽车 二手车 再生资源
      废品回收 拍卖 典当 招商引资 外资 外贸 进出口 电子商务 电商 家政 美容美发 洗浴 粮食
      粮油 储备粮 粮库 屠宰 私屠滥宰
    `),
    sources: [{ title: '《生猪屠宰管理条例》', docNumber: '国务院令第525号' }],
    reform: '生猪屠宰监督管理2018年起由商务部门划归农业农村部门',
  },
  {
    id: 'education',
    kind: '教育部门',
    nature: 'government',
    names: [/教育/, /教文/, /教体/, /招生(?:考试)?(?:办|委)/],
    functions: [
      '主管本行政区域内的教育工作，具体负责义务教育的实施',
      '学校和幼儿园的设置、招生、学籍和办学行为管理，教师管理',
      '民办教育和校外培训机构的审批和监管，校车安全管理',
    ],
    subjects: words(`
      学校 幼儿园 学生 老师 教师 上学 入学 招生 转学 学位 学籍 补课 有偿补课 补课费
      辅导班 培训机构 校外培训 校车 家庭作业 作业太多 课业负担 义务教育 中考 高考 择校 体罚
      营养餐 助学金 学生资助 民办学校 择校费 教育收费 学区 班主任 校长
    `),
    sources: [
      { title: '《中华人民共和国教育法》', edition: '2021年修正', article: '第十五条' },
      { title: '《中华人民共和国义务教育法》', edition: '2018年修正', article: '第七条' },
      { title: '《中华人民共和国民办教育促进法》', edition: '2018年修正', article: '第八条' },
      { title: '《校车安全管理条例》', docNumber: '国务院令第617号', article: '第八条' },
    ],
  },
  {
    id: 'human-resources',
    kind: '人力资源和社会保障部门',
    nature: 'government',
    names: [
      /人力资源和社会保障/,
      /人力资源社会保障/,
      /人社/,
      /人力社保/,
      /劳动和社会保障/,
      /劳动保障/,
      /社保/,
      /社会保险/,
      /就业(?:服务)?(?:局|中心|处)/,
      /劳动(?:人事)?争议仲裁/,
      /人力资源服务/,
      /人事局/,
    ],
    functions: [
      '劳动保障监察：查处拖欠工资、不签劳动合同、不缴社会保险等违法行为',
      '养老、失业、工伤等社会保险的管理和经办',
      '就业服务、职业培训，劳动人事争议调解仲裁，机关事业单位人事管理',
    ],
    subjects: words(`
      工资 欠薪 拖欠工资 讨薪 农民工 农民工工资 劳动合同 加班 加班费 社保 社会保险 养老保险
      养老金 退休 退休金 工伤 工伤认定 失业 失业金 失业保险 就业 招聘 求职 劳动仲裁
      劳动争议 劳动监察 辞退 开除 解除劳动合同 经济补偿 试用期 职称 技能培训 最低工资
      公务员招考 事业单位招聘 童工
    `),
    sources: [
      { title: '《劳动保障监察条例》', docNumber: '国务院令第423号', article: '第三条' },
      { title: '《中华人民共和国劳动法》', edition: '2018年修正', article: '第九条' },
      { title: '《中华人民共和国劳动合同法》', edition: '2012年修正', article: '第七十三条' },
      { title: '《中华人民共和国社会保险法》', edition: '2018年修正', article: '第七条' },
      { title: '《工伤保险条例》', docNumber: '国务院令第375号', edition: '2010年修订', article: '第五条' },
      { title: '《保障农民工工资支付条例》', article: '第十条' },
    ],
  },
  {
    id: 'medical-security',
    kind: '医疗保障部门',
    nature: 'government',
    names: [/医疗保障/, /医保/, /医疗保险/, /合作医疗/],
    functions: [
      '基本医疗保险、生育保险和医疗救助的管理',
      '医保基金使用的监督管理，查处欺诈骗保',
      '定点医药机构协议管理，医疗服务价格和药品招标采购管理',
    ],
    subjects: words(`
      医保 医疗保险 医保卡 医保报销 报销 异地就医 新农合 合作医疗 居民医保 大病保险 门诊统筹
      骗保 定点医院 定点药店 医疗救助 生育保险 医保缴费 慢性病 特殊门诊
    `),
    sources: [
      { title: '《医疗保障基金使用监督管理条例》', docNumber: '国务院令第735号', article: '第六条' },
      { title: '《社会救助暂行办法》', docNumber: '国务院令第649号', edition: '2019年修订', article: '第三条' },
    ],
    reform: '2018年新组建；此前城镇职工和城镇居民医保属人社部门，新农合属卫生计生部门，医疗救助属民政部门',
  },
  {
    id: 'civil-affairs',
    kind: '民政部门',
    nature: 'government',
    names: [/民政(?!府)/, /老龄/, /殡仪/, /殡葬/, /婚姻登记/, /救助(?:管理)?站/, /社会福利/, /福利院/, /敬老院/, /地名/],
    functions: [
      '最低生活保障、特困人员供养、临时救助等社会救助，流浪乞讨人员救助',
      '养老服务和养老机构管理，儿童福利，婚姻登记，殡葬管理',
      '社会组织登记管理，城乡社区建设和村（居）民委员会选举指导，地名管理',
    ],
    subjects: words(`
      低保 最低生活保障 特困 五保 五保户 救助 临时救助 流浪 乞讨 养老院 敬老院 养老机构
      福利院 孤儿 留守儿童 困境儿童 残疾人两项补贴 高龄补贴 老年人 老龄 婚姻登记 结婚登记
      离婚登记 结婚证 殡葬 火化 墓地 公墓 殡仪馆 丧葬 乱埋乱葬 社会组织 社团 民办非企业
      慈善 募捐 地名 居委会选举 村委会选举
    `),
    sources: [
      { title: '《社会救助暂行办法》', docNumber: '国务院令第649号', edition: '2019年修订', article: '第三条' },
      { title: '《城市居民最低生活保障条例》', docNumber: '国务院令第271号', article: '第四条' },
      { title: '《婚姻登记条例》', docNumber: '国务院令第387号', article: '第二条' },
      { title: '《殡葬管理条例》', docNumber: '国务院令第225号', edition: '2012年修订', article: '第三条' },
      { title: '《社会团体登记管理条例》', docNumber: '国务院令第250号', edition: '2016年修订', article: '第六条' },
    ],
  },
  {
    id: 'veterans',
    kind: '退役军人事务部门',
    nature: 'government',
    names: [/退役军人/, /优抚/, /双拥/, /军休/],
    functions: ['退役军人的接收安置、就业创业扶持和服务保障', '优抚对象的抚恤优待，烈士褒扬和烈士纪念设施管理'],
    subjects: words(`
      退役军人 退伍军人 复员军人 退伍 转业 军转干部 优抚 抚恤 伤残军人 烈士 烈属 军属
      优待证 老兵 参战 双拥 退役士兵安置 自主就业 伤残抚恤
    `),
    sources: [{ title: '《中华人民共和国退役军人保障法》', article: '第七条' }],
    reform: '2018年新组建；此前优抚安置属民政部门',
  },
  {
    id: 'health',
    kind: '卫生（卫生计生）部门',
    nature: 'government',
    names: [/卫生/, /卫计/, /卫健/, /疾病预防控制/, /疾控/, /医院/, /爱卫/],
    functions: [
      '医疗机构和医务人员的监督管理，处理医疗事故争议，查处非法行医',
      '疾病预防控制、传染病防治和预防接种，公共场所卫生和职业卫生监督',
      '基层卫生和妇幼保健服务',
    ],
    subjects: words(`
      医院 医生 护士 看病 就医 医疗事故 医疗纠纷 医患 误诊 诊所 黑诊所 非法行医 卫生院
      村医 乡村医生 疫苗 接种 打疫苗 传染病 疫情 防疫 艾滋病 结核 狂犬疫苗 职业病 献血
      急救 出生证明 出生医学证明 医生红包 过度医疗 医德 卫生监督 公共场所卫生
    `),
    sources: [
      { title: '《医疗机构管理条例》', docNumber: '国务院令第149号', edition: '2016年修订', article: '第五条' },
      { title: '《医疗事故处理条例》', docNumber: '国务院令第351号', article: '第三十七条' },
      { title: '《医疗纠纷预防和处理条例》', docNumber: '国务院令第701号' },
      { title: '《中华人民共和国传染病防治法》', edition: '2013年修正', article: '第六条' },
    ],
    reform: '2013年卫生与人口计生合并为卫生计生部门，2018年改为卫生健康部门',
  },
  {
    id: 'family-planning',
    kind: '人口和计划生育部门',
    nature: 'government',
    names: [/人口和计划生育/, /人口计生/, /计划生育/, /计生/, /流动人口(?:管理|服务)/],
    functions: ['计划生育和与计划生育有关的人口工作：生育登记和服务，计划生育奖励扶助', '流动人口计划生育服务管理，出生人口性别比治理'],
    subjects: words(`
      计划生育 计生 生育 二胎 二孩 三孩 准生证 生育证 生育登记 社会抚养费 超生 独生子女
      独生子女证 奖励扶助 失独 计生特殊家庭 流动人口 结扎 上环 取环 性别鉴定 非医学需要 避孕
      计生服务
    `),
    sources: [{ title: '《中华人民共和国人口与计划生育法》', edition: '2021年修正', article: '第六条' }],
    reform: '2013年起并入卫生计生部门，2018年由卫生健康部门承担',
  },
  {
    id: 'water',
    kind: '水利部门',
    nature: 'government',
    names: [/水利/, /水务局/, /水政/, /水管站/, /防汛抗旱/, /河长/, /水文/, /水土保持/],
    functions: [
      '水资源统一管理和监督，取水许可，水土保持',
      '河道、水库、堤防等水利工程的管理和河道采砂管理',
      '防汛抗旱的组织协调，农田水利和农村饮水安全',
    ],
    subjects: words(`
      水利 河道 河堤 堤坝 堤防 水库 山塘 灌溉 农田水利 水渠 渠道 防汛 抗旱 洪水 采砂
      挖沙 河砂 非法采砂 取水 水土流失 水土保持 饮水安全 农村饮水 人畜饮水 河长 水电站
      水资源 打井 河道侵占
    `),
    sources: [
      { title: '《中华人民共和国水法》', edition: '2016年修正', article: '第十二条' },
      { title: '《中华人民共和国防洪法》', edition: '2016年修正', article: '第八条' },
      { title: '《中华人民共和国河道管理条例》', edition: '2018年修订', article: '第四条' },
    ],
  },
  {
    id: 'agriculture',
    kind: '农业（农村工作）部门',
    nature: 'government',
    names: [/农业/, /农村工作/, /农办/, /农机/, /农经/, /农林/, /农技/, /植保/, /扶贫/, /乡村振兴/],
    functions: [
      '种植业、农业机械、农村经营管理和农民专业合作社的指导',
      '种子、农药、化肥等农资和农产品质量安全的监督管理',
      '农村土地承包和流转管理，涉农补贴，扶贫开发（设扶贫机构的地方）',
    ],
    subjects: words(`
      农业 农民 种子 假种子 化肥 假化肥 农药 假农药 农资 农机 农业机械 拖拉机 种粮补贴
      惠农补贴 农业补贴 土地承包 承包地 土地流转 撂荒 农产品 蔬菜种植 合作社 农民专业合作社
      家庭农场 病虫害 农技 宅基地 村集体经济 集体资产 扶贫 贫困户 建档立卡 精准扶贫 美丽乡村
    `),
    sources: [
      { title: '《中华人民共和国种子法》', edition: '2021年修正', article: '第三条' },
      { title: '《农药管理条例》', docNumber: '国务院令第677号', edition: '2022年修订', article: '第三条' },
      { title: '《中华人民共和国农产品质量安全法》', edition: '2022年修订', article: '第五条' },
      { title: '《中华人民共和国土地管理法》', edition: '2019年修正', article: '第六十七条' },
    ],
    reform: '2018年改革后为农业农村部门',
  },
  {
    id: 'forestry',
    kind: '林业部门',
    nature: 'government',
    names: [/林业/, /林场/, /森林/, /林草/, /木材检查/],
    functions: ['林业资源保护和管理：林木采伐许可，查处滥伐、盗伐林木和毁林', '造林绿化、林地和林权管理，森林防火', '陆生野生动物保护'],
    subjects: words(`
      林业 砍树 伐木 滥伐 盗伐 林木 林地 山林 林权 林权证 造林 植树造林 森林 森林防火
      山火 野生动物 捕鸟 候鸟 猎捕 打猎 古树 名木 木材 林场 退耕还林 公益林 松材线虫 毁林
    `),
    sources: [
      { title: '《中华人民共和国森林法》', edition: '2019年修订', article: '第九条' },
      { title: '《中华人民共和国野生动物保护法》', edition: '2022年修订', article: '第七条' },
    ],
  },
  {
    id: 'livestock-fishery',
    kind: '畜牧水产部门',
    nature: 'government',
    names: [/畜牧/, /水产/, /兽医/, /动物卫生/, /动物防疫/, /动物疫病/, /渔政/, /渔业/, /海渔/],
    functions: [
      '畜牧业和渔业的监督管理，畜禽养殖和水产养殖指导',
      '动物防疫、检疫和兽药、饲料的监督管理，病死畜禽无害化处理',
      '渔政管理：查处电鱼、炸鱼、毒鱼和禁渔期捕捞',
    ],
    subjects: words(`
      畜牧 养殖 养猪 养鸡 生猪 猪场 养猪场 养殖场 兽医 兽药 饲料 动物防疫 动物疫病
      非洲猪瘟 禽流感 病死猪 病死畜禽 检疫 屠宰 私屠滥宰 注水肉 水产 渔业 捕鱼 电鱼 炸鱼
      毒鱼 禁渔 鱼塘 渔政
    `),
    sources: [
      { title: '《中华人民共和国畜牧法》', edition: '2022年修订', article: '第五条' },
      { title: '《中华人民共和国动物防疫法》', edition: '2021年修订', article: '第九条' },
      { title: '《中华人民共和国渔业法》', edition: '2013年修正', article: '第六条' },
      { title: '《生猪屠宰管理条例》', docNumber: '国务院令第742号', edition: '2021年修订', article: '第三条' },
    ],
    reform: '2018年改革后并入农业农村部门',
  },
  {
    id: 'work-safety',
    kind: '安全生产监督管理（应急管理）部门',
    nature: 'government',
    names: [/安全生产监督管理/, /安全生产委员会/, /安监/, /安全监管/, /安委/, /应急管理/, /应急局/, /应急办/],
    functions: [
      '对本行政区域安全生产工作实施综合监督管理，工矿商贸企业安全生产监督检查',
      '危险化学品、非煤矿山、烟花爆竹经营的安全许可和监管',
      '生产安全事故调查处理，应急救援和防灾减灾救灾（应急管理部门）',
    ],
    subjects: words(`
      安全生产 安全事故 生产事故 安全隐患 事故隐患 危险化学品 危化品 烟花爆竹经营 非法生产
      矿山 煤矿 非煤矿山 矿山安全 尾矿 有限空间 职业卫生 安全培训 特种作业 爆炸 应急救援
      自然灾害 救灾 灾民 受灾 避险 防灾减灾
    `),
    sources: [
      { title: '《中华人民共和国安全生产法》', edition: '2021年修正', article: '第十条' },
      { title: '《烟花爆竹安全管理条例》', docNumber: '国务院令第455号', article: '第四条' },
    ],
    reform: '2018年改革后安监与应急、救灾等职责合并为应急管理部门',
  },
  {
    id: 'culture',
    kind: '文化广电新闻出版（文体）部门',
    nature: 'government',
    names: [/文化/, /广电/, /广播电视/, /新闻出版/, /文广/, /文体/, /体育/, /文物/, /图书馆/],
    functions: [
      '文化市场管理：网吧、歌舞娱乐、游艺、演出等经营活动的审批和监管',
      '广播电视、新闻出版和文物的管理，公共文化服务',
      '群众体育和体育场馆管理（设文体部门的地方）',
    ],
    subjects: words(`
      网吧 黑网吧 未成年人上网 歌厅 ktv 娱乐场所 游戏厅 电子游戏 演出 文艺演出 文物
      古建筑 图书 出版物 非法出版物 盗版 书店 印刷 有线电视 广播电视 电视信号 卫星锅
      卫星接收 农家书屋 图书馆 文化馆 体育 健身器材 体育场馆 全民健身 扫黄打非 非遗 电影
      电影院
    `),
    sources: [
      { title: '《娱乐场所管理条例》', docNumber: '国务院令第458号', edition: '2020年修订', article: '第三条' },
      { title: '《互联网上网服务营业场所管理条例》', docNumber: '国务院令第363号', article: '第四条' },
      { title: '《出版管理条例》', edition: '2020年修订', article: '第六条' },
      { title: '《中华人民共和国文物保护法》', edition: '2017年修正', article: '第八条' },
    ],
    reform: '2018年改革后文化与旅游合并为文化和旅游部门（县级多为文化旅游广电体育局）',
  },
  {
    id: 'tourism',
    kind: '旅游部门',
    nature: 'government',
    names: [/旅游/],
    functions: ['旅游业发展和旅游市场监督管理：旅行社、导游、A级景区', '受理旅游投诉，查处强迫购物、不合理低价游等违法行为'],
    subjects: words(`
      旅游 旅行社 导游 景区 景点 景区门票 强制购物 购物团 一日游 低价团 农家乐 民宿
      旅游投诉 星级酒店 a级景区 跟团 旅游团 黑导游 旅游合同
    `),
    sources: [
      { title: '《中华人民共和国旅游法》', edition: '2018年修正', article: '第七条' },
      { title: '《中华人民共和国旅游法》', edition: '2018年修正', article: '第九十一条' },
    ],
    reform: '2018年改革后与文化部门合并为文化和旅游部门',
  },
  {
    id: 'finance',
    kind: '财政部门',
    nature: 'government',
    names: [/财政/, /国有资产/, /国资/, /非税/],
    functions: ['预算编制和执行，财政资金拨付和惠民惠农补贴资金发放', '政府采购监督管理，会计管理，行政事业单位国有资产管理'],
    subjects: words(`
      财政 预算 财政资金 专项资金 补贴资金 资金拨付 政府采购 会计 会计证 非税收入 财政票据
      国有资产 国资 一卡通 惠民惠农 补贴发放 政府债务 彩票 财政补贴 奖补资金
    `),
    sources: [
      { title: '《中华人民共和国会计法》', edition: '2024年修正', article: '第七条' },
      { title: '《中华人民共和国政府采购法》', edition: '2014年修正', article: '第十三条' },
    ],
  },
  {
    id: 'taxation',
    kind: '税务机关',
    nature: 'vertical',
    names: [/税务/, /国税/, /地税/],
    functions: ['税收征收管理：税务登记、纳税申报、发票管理和税款征收', '税务稽查，查处偷税、逃税和虚开发票'],
    subjects: words(`
      纳税 交税 缴税 税收 发票 开发票 不开发票 偷税 漏税 逃税 退税 个税 个人所得税 增值税
      契税 房产税 税务登记 免税 减税 税款 定额税 虚开发票
    `),
    sources: [{ title: '《中华人民共和国税收征收管理法》', edition: '2015年修正', article: '第五条' }],
    reform: '2018年国税、地税合并，实行以国家税务总局为主与地方政府双重领导',
  },
  {
    id: 'audit',
    kind: '审计机关',
    nature: 'government',
    names: [/审计/],
    functions: ['对本级各部门、下级政府和国有企事业单位的财政财务收支进行审计监督', '领导干部经济责任审计'],
    subjects: words(`
      审计 离任审计 经济责任审计 审计报告 财务收支 查账 账目 专项资金审计 工程审计 村账审计
      审计整改 审计监督 挪用资金 虚报冒领 套取资金
    `),
    sources: [{ title: '《中华人民共和国审计法》', edition: '2021年修正', article: '第八条' }],
  },
  {
    id: 'statistics',
    kind: '统计机构',
    nature: 'government',
    names: [/统计/, /调查队/],
    functions: ['组织实施统计调查和人口、经济、农业等普查，发布统计数据', '查处统计造假等统计违法行为'],
    subjects: words(`
      统计 统计数据 人口普查 经济普查 农业普查 普查 统计调查 数据造假 统计报表 统计局
      入户调查 普查员 统计员 统计造假 住户调查
    `),
    sources: [{ title: '《中华人民共和国统计法》', edition: '2024年修正', article: '第三十条' }],
  },
  {
    id: 'justice',
    kind: '司法行政部门',
    nature: 'government',
    names: [/司法局/, /司法所/, /司法行政/, /法律援助/, /公证/, /人民调解/, /社区矫正/, /法律服务/, /法制办/, /司法/],
    functions: [
      '法律援助：为经济困难的公民提供法律咨询、代理等服务',
      '指导人民调解，管理律师、公证、基层法律服务，社区矫正和安置帮教',
      '普法宣传；2018年后承担行政复议和政府法制工作',
    ],
    subjects: words(`
      法律援助 律师 请律师 法律咨询 公证 公证处 人民调解 调解委员会 邻里纠纷 社区矫正
      刑满释放 安置帮教 普法 法律服务所 基层法律服务 司法所 司法鉴定 行政复议 打官司 法律顾问
    `),
    sources: [
      { title: '《法律援助条例》', docNumber: '国务院令第385号', article: '第四条' },
      { title: '《中华人民共和国法律援助法》', article: '第五条' },
      { title: '《中华人民共和国人民调解法》', article: '第五条' },
    ],
  },
  {
    id: 'petitions',
    kind: '信访部门',
    nature: 'government',
    names: [/信访/],
    functions: ['受理、交办、转送信访事项，协调处理重要信访问题', '督查信访事项的办理，指导下级和本级其他部门的信访工作'],
    subjects: words(`
      信访 上访 越级上访 信访件 信访事项 信访答复 信访复查 信访复核 信访局 集体访 重复访
      接访 领导接待日 信访投诉 信访回复
    `),
    sources: [
      { title: '《信访条例》', docNumber: '国务院令第431号', article: '第六条' },
      { title: '《信访工作条例》', edition: '2022年', article: '第十四条' },
    ],
  },
  {
    id: 'housing-fund',
    kind: '住房公积金管理中心',
    nature: 'vertical',
    names: [/住房公积金/, /公积金/],
    functions: ['住房公积金的缴存、提取和贷款的管理运作（设区的市设中心，县设管理部或办事处）', '督促单位为职工缴存住房公积金'],
    subjects: words(`
      公积金 住房公积金 公积金贷款 提取公积金 公积金提取 公积金缴存 补缴公积金 公积金账户
      公积金转移 商转公 租房提取 不交公积金 公积金中心 封存 缴存基数
    `),
    sources: [{ title: '《住房公积金管理条例》', docNumber: '国务院令第262号', edition: '2019年修订', article: '第十条' }],
  },
  {
    id: 'postal',
    kind: '邮政管理部门',
    nature: 'vertical',
    names: [/邮政管理/, /快递/, /邮政/],
    functions: ['邮政普遍服务和邮政市场（快递业）的监督管理', '受理邮政、快递服务投诉'],
    subjects: words(`
      快递 快递员 快件 包裹 丢件 快递丢失 快递损坏 邮件 邮政 邮局 信件 投递 寄件 快递柜
      派送 快递驿站 送货上门 挂号信
    `),
    sources: [
      { title: '《中华人民共和国邮政法》', edition: '2015年修正', article: '第四条' },
      { title: '《快递暂行条例》', docNumber: '国务院令第697号', edition: '2019年修订', article: '第五条' },
    ],
  },
  {
    id: 'power-supply',
    kind: '供电企业（电力公司）',
    nature: 'enterprise',
    names: [/供电/, /电力(?:公司|局)/, /电业局/, /电网/],
    functions: [
      '电网经营企业负责本供区内的电力供应、用电报装和抢修，不是政府部门',
      '电力设施保护和电力行政管理属县级以上政府的电力管理部门（经济综合主管部门）',
    ],
    subjects: words(`
      停电 断电 供电 电费 电表 电压 电压不稳 低电压 电线 电线杆 电杆 变压器 高压线
      电力线路 线路老化 用电 接电 通电 用电报装 电力设施 供电所 电力抢修 跳闸 农网改造
      电网改造
    `),
    sources: [
      { title: '《电力供应与使用条例》', docNumber: '国务院令第196号', article: '第四条' },
      { title: '《中华人民共和国电力法》', edition: '2018年修正', article: '第六条' },
      { title: '《电力设施保护条例》', article: '第四条' },
    ],
  },
  {
    id: 'water-gas-utilities',
    kind: '供水、燃气企业',
    nature: 'enterprise',
    names: [/自来水/, /供水/, /燃气/, /天然气/, /煤气/, /水务(?:集团|公司|有限)/, /热力/, /供热/],
    functions: [
      '供水、燃气企业负责供应、抄表、维修和抢修，不是政府部门',
      '城市供水和燃气的行业监管属住房和城乡建设（城市供水、燃气主管）部门',
    ],
    subjects: words(`
      停水 自来水 水压 水管 水管爆裂 爆管 水表 供水 水费 燃气 天然气 煤气 液化气 燃气管道
      燃气表 燃气费 开通燃气 暖气 供暖 集中供热 二次供水
    `),
    sources: [
      { title: '《城镇燃气管理条例》', docNumber: '国务院令第583号', edition: '2016年修订', article: '第五条' },
      { title: '《城市供水条例》', docNumber: '国务院令第158号', edition: '2020年修订', article: '第七条' },
    ],
  },
  {
    id: 'ethnic-religious',
    kind: '民族宗教事务部门',
    nature: 'government',
    names: [/民族宗教/, /民宗/, /宗教事务/, /民族事务/, /民委(?!员会)/],
    functions: ['依法管理宗教事务：宗教活动场所、宗教团体和宗教活动的管理', '民族工作：少数民族权益保障，促进民族团结'],
    subjects: words(`
      宗教 宗教活动 宗教场所 宗教活动场所 寺庙 庙宇 教堂 道观 清真寺 烧香 私设聚会点
      非法宗教活动 宗教团体 僧人 和尚 基督教 佛教 天主教 伊斯兰教 道教 少数民族 民族团结
      清真
    `),
    sources: [{ title: '《宗教事务条例》', docNumber: '国务院令第686号', edition: '2017年修订', article: '第六条' }],
  },
  {
    id: 'civil-air-defence',
    kind: '人民防空部门',
    nature: 'government',
    names: [/人民防空/, /人防/],
    functions: ['人民防空工程（防空地下室）的建设和维护管理，防空警报设施', '审批和监管人防工程，征收防空地下室易地建设费'],
    subjects: words(`
      人防 人民防空 防空洞 人防工程 人防地下室 防空地下室 人防车位 防空警报 警报试鸣
      易地建设费 人防设施 人防车库 疏散演练 防空演练 人防平战结合
    `),
    sources: [{ title: '《中华人民共和国人民防空法》', edition: '2009年修正', article: '第七条' }],
  },
  {
    id: 'local-finance',
    kind: '地方金融工作部门（金融办）',
    nature: 'government',
    names: [/金融(?:工作)?(?:办|局)/, /地方金融/, /金融服务中心/],
    functions: ['防范和处置非法集资工作机制的牵头部门（多由金融办承担）', '小额贷款公司、融资担保公司等地方金融组织的监管'],
    subjects: words(`
      非法集资 集资 集资诈骗 非法吸收 p2p 网贷 理财产品 投资理财 高息 庞氏骗局
      小额贷款公司 小贷公司 担保公司 融资担保公司 金融诈骗 养老诈骗
    `),
    sources: [{ title: '《防范和处置非法集资条例》', docNumber: '国务院令第737号', article: '第五条' }],
  },
  {
    id: 'township',
    kind: '乡镇人民政府、街道办事处',
    nature: 'township',
    names: [/街道办事处/, /街道办/, /街道工委/, /[乡镇]人民政府/, /乡政府/, /镇政府/, /社区居民委员会/, /居委会/, /村民委员会/, /村委会/],
    functions: [
      '属地管理：辖区内的社会治安、环境卫生、社会救助、计划生育等行政工作，受理后转交或协调有关部门',
      '指导村（居）民委员会，调处邻里和村组矛盾纠纷，乡村建设规划许可和违法建设的初步查处（乡、镇）',
      '低保等申请的受理和初审',
    ],
    subjects: words(`
      街道 街道办 社区 居委会 村委会 村干部 村支书 村主任 村务公开 村民小组 乡政府 镇政府
      网格员 属地管理 村规民约 一事一议 村级事务 村财务 村民代表大会 换届选举
    `),
    sources: [
      { title: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》', edition: '2022年修正', article: '第七十六条' },
      { title: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》', edition: '2022年修正', article: '第八十五条' },
      { title: '《城市居民最低生活保障条例》', docNumber: '国务院令第271号', article: '第七条' },
      { title: '《中华人民共和国城乡规划法》', edition: '2019年修正', article: '第六十五条' },
    ],
  },
  {
    id: 'hotline-12345',
    kind: '12345政务服务便民热线',
    nature: 'hotline',
    names: [/12345/, /政务服务(?:便民)?热线/, /市长热线/, /便民服务热线/],
    functions: [
      '除110、119、120、122等紧急热线外的政务服务热线统一为12345，7×24小时人工服务',
      '受理企业和群众的咨询、求助、投诉、举报和建议，按职责转交承办部门并督办',
    ],
    // A fallback, not a subject: it is chosen when nothing else fits, so it has only the
    // words that name it.
    subjects: words(`
      12345 市长热线 政务热线 便民热线 市长信箱
    `),
    sources: [{ title: '《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》', docNumber: '国办发〔2020〕53号' }],
  },
];

const BY_ID = new Map(DEPARTMENT_PROFILES.map((p) => [p.id, p] as const));

export function profileById(id: string): DepartmentProfile | null {
  return BY_ID.get(id) ?? null;
}

/**
 * The kind of department an agency name is: 环保蒸湘分局 → 环境保护部门, 工商蒸湘分局 →
 * 工商行政管理（市场监督管理）部门, 公安局蒸湘分局 → 公安机关. Of the kinds whose names
 * occur, one that another lists as enclosing it wins (公安局交通警察大队 → 交警); then the
 * earliest in the name (区教育文化体育局 → 教育, 区旅游外侨民宗局 → 旅游), then the longest
 * match (水务集团 is a utility, 水务局 a water bureau). Null when no kind fits (区编办).
 */
export function profileOfAgencyName(name: string): DepartmentProfile | null {
  const text = name.replace(/\s+/g, '');
  const found: Array<{ profile: DepartmentProfile; index: number; length: number }> = [];
  for (const profile of DEPARTMENT_PROFILES) {
    let best: { index: number; length: number } | null = null;
    for (const pattern of profile.names) {
      const m = pattern.exec(text);
      if (!m) continue;
      if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) {
        best = { index: m.index, length: m[0].length };
      }
    }
    if (best) found.push({ profile, ...best });
  }
  const enclosing = new Set(found.flatMap((f) => f.profile.within ?? []));
  const candidates = found.filter((f) => !enclosing.has(f.profile.id));
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  return candidates[0]?.profile ?? null;
}

export interface ProfileSubjects {
  profile: DepartmentProfile;
  /** The subject words found, in the order they occur. */
  subjects: string[];
}

interface SubjectEntry {
  word: string;
  profiles: DepartmentProfile[];
}

/** Every subject word once, with the kinds it belongs to; longest first. */
const SUBJECT_ENTRIES: readonly SubjectEntry[] = (() => {
  const byWord = new Map<string, DepartmentProfile[]>();
  for (const profile of DEPARTMENT_PROFILES) {
    for (const subject of profile.subjects) {
      const word = subject.toLowerCase();
      const owners = byWord.get(word) ?? [];
      if (!owners.includes(profile)) owners.push(profile);
      byWord.set(word, owners);
    }
  }
  return [...byWord].map(([word, profiles]) => ({ word, profiles })).sort((a, b) => b.word.length - a.word.length);
})();

const ASCII_ALNUM = /[a-z0-9]/;

/** 12345 in 123456, p2p in p2px: ASCII words only count between non-ASCII-alphanumerics. */
function standsAlone(text: string, start: number, end: number): boolean {
  return !ASCII_ALNUM.test(text[start - 1] ?? '') && !ASCII_ALNUM.test(text[end] ?? '');
}

/**
 * The kinds whose subject words a text contains, most subjects first. An occurrence inside a
 * longer subject word counts only for the longer one: 施工扬尘 is 住建's, not 环保's 扬尘;
 * 物业费 is a price matter, not 物业.
 */
export function profileSubjectsIn(text: string): ProfileSubjects[] {
  const lower = text.toLowerCase();
  const taken = new Uint8Array(lower.length);
  const hits: Array<{ start: number; entry: SubjectEntry }> = [];
  for (const entry of SUBJECT_ENTRIES) {
    const ascii = ASCII_ALNUM.test(entry.word);
    for (let at = lower.indexOf(entry.word); at >= 0; at = lower.indexOf(entry.word, at + 1)) {
      const end = at + entry.word.length;
      if (taken.subarray(at, end).some((t) => t === 1)) continue;
      if (ascii && !standsAlone(lower, at, end)) continue;
      taken.fill(1, at, end);
      hits.push({ start: at, entry });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const byProfile = new Map<DepartmentProfile, { subjects: string[]; chars: number }>();
  for (const { entry } of hits) {
    for (const profile of entry.profiles) {
      const found = byProfile.get(profile) ?? { subjects: [], chars: 0 };
      if (!found.subjects.includes(entry.word)) {
        found.subjects.push(entry.word);
        found.chars += entry.word.length;
      }
      byProfile.set(profile, found);
    }
  }
  const order = new Map(DEPARTMENT_PROFILES.map((p, i) => [p, i] as const));
  return [...byProfile]
    .sort(([a, x], [b, y]) => y.subjects.length - x.subjects.length || y.chars - x.chars || (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([profile, found]) => ({ profile, subjects: found.subjects }));
}
