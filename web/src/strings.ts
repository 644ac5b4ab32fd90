// Every user-facing string of the web app, in one place so wording stays consistent
// and a reviewer can read the whole UI text at once.

export const strings = {
  appTitle: '职责图谱',
  appSubtitle: '部门职责与边界清单查询',
  documentTitle: '职责图谱 · jurisgraph',

  tabs: {
    ask: '谁负责',
    overlaps: '职责交叉',
    compare: '跨地区对比',
    public: '群众办事',
  },

  jurisdiction: {
    label: '辖区',
    all: '全部辖区',
  },

  ask: {
    placeholder: '谁负责……例如：电力线路保护区里有人盖房子，该找哪个部门？',
    submit: '查询',
    intro: '用一句话描述事情，查找负责的部门、职责划分和依据。',
    resultsTitle: (n: number) => `找到 ${n} 条答案`,
    matter: '管理事项',
    division: '职责划分',
    bases: '依据',
    case: '典型案例',
    source: '来源',
    score: '相关度',
    generalSource: '法律法规规定的此类部门职能',
    routing: '答复',
    graphTitle: (title: string) => `事项“${title}”涉及的部门与依据`,
    pickAnswer: '点选答案，右侧显示其事项的关系图',
    graphPlaceholder: '提问后，这里显示答案所在事项的承担部门与依据。',
    graphHeading: '事项关系图',
  },

  overlaps: {
    intro: '部门为节点（大小表示事项数量），共享事项为连线（粗细表示强度）。点连线看双方的职责划分，点部门看其职责。',
    kindFilter: '交叉类型',
    minStrength: '最低强度',
    agencyFilter: '只看部门',
    anyAgency: '全部部门',
    summary: (nodes: number, edges: number) => `${nodes} 个部门，${edges} 条交叉关系`,
    sharedTitle: (a: string, b: string) => `${a} 与 ${b}`,
    sharedCount: (n: number) => `共 ${n} 项`,
    strength: '强度',
    listOf: (department: string) => `${department}的清单`,
    agencyDuties: '部门职责',
    agencyMatters: '承担的管理事项',
    agencyServices: '公共服务',
    pickElement: '点选图中的连线或部门查看详情。',
    strongest: '交叉最多的部门组合',
    graphPlaceholder: '选择辖区后，这里显示部门之间的职责交叉。',
    noDivision: '（未写明）',
    moreItems: (n: number) => `另有 ${n} 项未显示`,
    bigGraph: (n: number) => `图较大（${n} 个节点），已使用快速布局。`,
  },

  kinds: {
    DECLARED: '清单已写明的共管',
    UNDECLARED: '未写明的职责重叠',
    CONTRADICTION: '清单之间的矛盾',
  } as Record<string, string>,
  kindShort: {
    DECLARED: '已写明',
    UNDECLARED: '未写明',
    CONTRADICTION: '矛盾',
  } as Record<string, string>,

  compare: {
    placeholder: '输入管理事项名称，例如：节能管理',
    submit: '对比',
    intro: '同一事项在不同辖区由哪些部门、如何分工。',
  },

  public: {
    title: '遇到问题，该找谁？',
    intro: '用平常的话说说遇到了什么事，我们告诉您找哪个单位、打哪个电话。',
    placeholder: '例如：小区旁边的工厂晚上很吵，还冒黑烟',
    submit: '帮我找',
    office: '办理单位',
    unit: '具体科室',
    phones: '联系电话',
    why: '为什么是他们',
    whyMaybe: '为何可能相关',
    noPhone: '暂无电话，请到办理单位咨询',
    weakNoPhone: '未附电话（仅可能相关）',
    contacts: '可以联系的部门',
    possibleContacts: '可能相关的部门（仅供参考）',
    emergency: (what: string) => `紧急情况：${what}`,
    callNow: (number: string) => `立即拨打 ${number}`,
    generalTitle: (kind: string) => `${kind}的通常职能`,
    generalLaws: '法律依据',
    hotline: { number: '12345', label: '拨打 12345 政务服务便民热线' },
  },

  /** How sure an answer is (api confidence, in bands: assessment.ts). */
  confidence: {
    likely: '很可能',
    probable: '较可能',
    possible: '可能相关',
  },

  /** Where an answer comes from (api Coverage). */
  coverage: {
    RULING: '依据协调意见',
    LIST: '清单载明',
    listUnclear: '清单未写明此事',
    GENERAL_FUNCTION: '通常职能（本地清单未载明）',
    NOT_COVERED: '不在已加载清单内',
  },

  tooltip: {
    agency: (name: string, matters: number, duties: number) => `${name}\n承担 ${matters} 项管理事项 · ${duties} 条职责`,
    edge: (a: string, b: string, kind: string, count: number, topics: string[]) =>
      `${a} — ${b}\n${kind}：${count} 项${topics.length ? `\n${topics.join('、')}${count > topics.length ? '……' : ''}` : ''}`,
  },

  graph: {
    fit: '适应窗口',
    exportPng: '导出图片',
    legend: '图例',
    agency: '部门',
    matter: '管理事项',
    basis: '依据',
    lead: '牵头',
    cooperate: '配合',
  },

  state: {
    loading: '正在加载……',
    empty: '没有结果。',
    emptyHint: '换个说法试试，或者选择其他辖区。',
    databaseUnavailable: '数据库不可用，请稍后再试。',
    unknownJurisdiction: (name: string) => `未知的辖区：${name}`,
    badInput: (message: string) => `输入有误：${message}`,
    network: '无法连接服务器，请检查网络或稍后再试。',
    timeout: '查询超时，请缩小范围或稍后再试。',
    unknown: (message: string) => `出错了：${message}`,
    needJurisdiction: '请先选择一个辖区。',
  },

  sourceLine: (file: string, line: number) => `${file} 第 ${line} 行`,
} as const;
