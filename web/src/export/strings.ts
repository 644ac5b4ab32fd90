// The words of the download buttons and of the exported files' headers (Chinese, as every
// user-facing text). Kept beside the exports so the planner's parts do not edit strings.ts at once.

export const exportStrings = {
  csv: '导出 CSV',
  xlsx: '导出 Excel',
  csvTitle: (what: string) => `将${what}全部导出为 CSV（UTF-8，可用 Excel 打开）`,
  xlsxTitle: (what: string) => `将${what}全部导出为 Excel 表格（.xlsx）`,
  working: '正在准备文件……',
  failed: (message: string) => `导出失败：${message}`,
  /** Column headers of the detail lists' exports. */
  columns: {
    matter: '管理事项',
    list: '清单',
    agency: '部门',
    role: '角色',
    division: '职责划分',
    bases: '依据',
    case: '典型案例',
    source: '出处',
    file: '文件',
    line: '行',
    kind: '类型',
    score: '分数',
    explanation: '说明',
    sharedTerms: '共同词语',
    text: '原文',
    mark: '比较',
    duty: '职责',
    service: '服务事项',
    units: '办理单位',
    phones: '电话',
    section: '类别',
  },
};
