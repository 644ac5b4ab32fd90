// Words that every Chinese responsibility list repeats whatever the subject.
// They carry the grammar of an administrative sentence (who does what how), not
// its subject, so two texts that share only these describe different work.
// Terms that many agencies of one jurisdiction use are also dropped at run time
// (see `buildIdf`), which catches local boilerplate this list does not know.
export const BOILERPLATE_TERMS: ReadonlySet<string> = new Set([
  // verbs of administration
  '负责', '承担', '承办', '组织', '实施', '组织实施', '开展', '加强', '指导', '管理', '监督', '检查',
  '监督检查', '监督管理', '协调', '协助', '配合', '参与', '做好', '落实', '贯彻', '贯彻落实', '执行',
  '推进', '推动', '促进', '建立', '健全', '完善', '制定', '拟定', '拟订', '起草', '研究', '提出', '会同',
  '牵头', '依法', '按照', '根据', '依据', '职责', '履行', '统筹', '综合', '日常', '具体', '办理', '处理',
  '审核', '审查', '审批', '受理', '宣传', '教育', '培训', '服务', '保障', '规范', '督促', '指导监督',
  '维护', '查处', '工作', '事项', '事务', '情况', '任务', '活动', '措施', '制度', '机制', '体系',
  '政策', '法律', '法规', '规章', '法律法规', '规定', '规划', '计划', '方案', '意见', '建议', '办法',
  '标准', '规范性', '文件', '材料', '信息', '统计', '报告', '相关', '有关', '其他', '各类', '各项',
  '重大', '重要', '主要', '全面', '进一步', '及时', '定期', '范围', '领域', '方面', '行业',
  '问题', '目标', '要求', '责任', '部门', '单位', '机构', '机关', '人员', '区直', '本级', '本部门',
  // modes of work that any subject can take: shared alone they say nothing about the subject
  '分析', '监测', '预测', '形势', '调查', '考核', '评估', '评价', '推广', '应用', '推广应用', '论证', '决策',
  '编制', '下达', '汇总', '上报', '报送', '年报', '整改', '查出', '实施方案', '主管部门', '运行', '态势',
  '动态', '预警', '调度', '发布', '收集', '整理', '提供', '对策', '思路', '发展', '建设', '改革', '创新',
  '对接', '衔接', '联系', '沟通', '指导思想', '方针', '领导', '小组', '领导小组', '办公室', '委员会',
  // kinds of activity every agency runs on its own subject
  '创建', '示范', '试点', '先进', '评选', '表彰', '举报', '投诉', '信访', '咨询', '受理', '救援', '指挥',
  '应急', '预案', '处置', '突发', '突发事件', '事件', '安全', '质量', '监管', '执法', '行政', '机制',
  // scope words: every clause of a county list says where it applies
  '全区', '全县', '全市', '全省', '本区', '本县', '本市', '辖区', '区域', '区级', '县级', '市级', '省级',
  '区政府', '县政府', '人民政府', '政府', '上级', '国家', '各乡', '乡镇', '街道', '街道办事处',
  '区人大', '人大', '常委会', '区委',
  // function words and connectives jieba keeps as words
  '的', '和', '与', '及', '及其', '以及', '或', '或者', '等', '对', '在', '为', '由', '并', '将', '从',
  '中', '内', '上', '下', '其', '之', '所', '该', '各', '一', '二', '三', '是', '有', '个', '了',
  '交办', '其他事项',
]);
