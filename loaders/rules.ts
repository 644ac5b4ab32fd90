// Every regular expression the tokenizer and the parser rely on, named, in one place.
// Each one is anchored or bounded ({m,n}) so that a long line cannot make it backtrack
// without end; tests/unit/loaders/rules.test.ts feeds them pathological inputs.

// ---------------------------------------------------------------- text export lines

/** A line that opens a table cell: the Word text export writes a TAB before every cell. */
export const CELL_START = /^ *\t/;
/** A cell line led by spaces: the export marks a row that starts mid-block (no blank line before it). */
export const ROW_START_MARK = /^ +\t/;
/** Word bookmarks leaked into the export: `[bookmark: _Toc400826490]`. */
export const BOOKMARK = /\[bookmark:[^\]\n]{0,200}\]/g;
/** Blank: nothing but ASCII or full-width spaces. A line holding a TAB is a cell, never blank. */
export const BLANK_LINE = /^[ \u3000\u00a0]*$/;

// ---------------------------------------------------------------- numbering

/** Section numbering: 一、 / 1、 / 2. / 3． (with stray spaces). */
const SECTION_NUMBER = String.raw`(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s{0,3}[、.．]\s{0,3}`;
/** A cell that holds only a sequence number: 1, 12, （3）, 四、 ; trailing spaces allowed. */
export const SEQ_CELL = /^[（(]?\s{0,3}(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s{0,3}[）)]?\s{0,3}[、.．]?$/;
/** A numbered list item at the start of a line inside a cell: 1、 2. 3．（不含 1.5 这类小数）. */
export const ITEM_NUMBER = /^\s{0,4}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}(?:[、．]|\.(?!\d))\s{0,2}/;
/** Numbering that opens a continuation line, so it starts a new line rather than gluing on. */
export const LINE_OPENER = /^\s{0,4}(?:[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)、.．]|案例[一二三四五六七八九十\d]{0,3}[：:])/;

// ---------------------------------------------------------------- section headings

/** Numbering in front of a section heading: 一、 / 1、 / 2. / 3． (with stray spaces). */
export const HEADING_NUMBER = new RegExp(String.raw`^\s{0,20}${SECTION_NUMBER}`);
/** Section keywords, in the forms the seeds use (optional 登记表 / 表 suffix). After a number,
 *  a short infix may name the agency: 三、经信局事中事后监管制度. */
export const SECTION_KEYWORDS = {
  duties: /^(?<infix>[^\s，。；,;]{0,10}?)部门职责(?:登记表|表)?\s{0,10}$/,
  boundary: /^(?<infix>[^\s，。；,;]{0,10}?)(?:与相关部门的?职责边界|职责边界)(?:登记表|表)?\s{0,10}$/,
  services: /^(?<infix>[^\s，。；,;]{0,10}?)公共服务事项(?:登记表|表)?\s{0,10}$/,
  supervision: /^(?<infix>[^\s，。；,;]{0,10}?)事中事后监(?:管|督管理)制度\s{0,10}$/,
} as const;
export type SectionKind = keyof typeof SECTION_KEYWORDS;

/** Placeholder content of an empty section: ......, …, 无. */
export const PLACEHOLDER = /^[\s.…。·]{0,40}$|^[\s]{0,40}无[\s。]{0,4}$/;
/** A note under a table: 注：1.根据形势任务发展…. */
export const NOTE = /^注\s{0,2}[：:]/;
/** Stray punctuation lines left by the export (` (`, ` )`, `(1) `). */
export const NOISE_LINE = /^[\s()（）.…。、]{0,6}(?:\d{1,2}[\s()（）.、]{0,4})?$/;

// ---------------------------------------------------------------- department titles

/** Suffix of a list title: 安化县工业和信息化局责任清单. */
export const LIST_TITLE_SUFFIX = /(?:责任清单|权力清单|权责清单|清单)$/;
/** A line that may be (part of) a department title: an organisation name, possibly in （）, possibly ending in 清单. */
export const TITLE_LINE = /^[（(]?[\u4e00-\u9fa5（）()、]{2,60}$/;
export const TITLE_END = /(?:局|办公室|委员会|委|办|中心|政府|清单|[）)])$/;
/** 部门名称（盖章）石家庄市鹿泉区工业和信息化局 ; 单位：石家庄市鹿泉区工业和信息化局（公章）. */
export const DEPARTMENT_NAME_LINE =
  /^\s{0,10}(?:部门名称|单位)\s{0,3}(?:[（(]\s{0,2}盖章\s{0,2}[）)])?\s{0,3}[：:]?\s{0,3}(?<name>[\u4e00-\u9fa5（）()]{2,60}?)\s{0,3}(?:[（(]\s{0,2}公章\s{0,2}[）)])?\s{0,10}$/;

// ---------------------------------------------------------------- list dates

/** A date as written: 2016年 / 2016年3月 / 2016年3月15日, in Arabic or Chinese numerals (二〇一六年三月). */
export const WRITTEN_DATE = new RegExp(
  String.raw`(?:(?<!\d)(?<y>(?:19|20)\d{2})\s{0,2}年(?:\s{0,2}(?<m>\d{1,2})\s{0,2}月(?:\s{0,2}(?<d>\d{1,2})\s{0,2}[日号])?)?` +
    String.raw`|(?<cy>[〇零○Ｏ一二三四五六七八九]{4})\s{0,2}年(?:\s{0,2}(?<cm>[一二三四五六七八九十]{1,2})\s{0,2}月(?:\s{0,2}(?<cd>[一二三四五六七八九十]{1,3})\s{0,2}[日号])?)?)`,
);
/** A line that only states when the list was issued: 印发日期：2016年3月15日 / （2016年3月印发） / a bare 落款 date. */
export const ISSUE_LINE = new RegExp(
  `^[（(]?(?<keyword>(?:印发|发布|公布|成文|制发)(?:日期|时间)[：:]?)?(?<date>${WRITTEN_DATE.source})度?(?<after>印发|发布|公布|制发)?[）)]?$`,
);
/** The year of a title (2015年度安化县…责任清单, …责任清单（2016年版）); 年 must not be 年第 (令2012年第9号). */
export const TITLE_YEAR = /(?:(?<!\d)(?<y>(?:19|20)\d{2})|(?<cy>[〇零○Ｏ一二三四五六七八九]{4}))年(?:度|版)?(?!第)/;
/** The year phrase a title may carry, taken out of the department's name: 2015年度, （2016年版）. */
export const TITLE_YEAR_PHRASE = /[（(]?(?:(?<!\d)(?:19|20)\d{2}|[〇零○Ｏ一二三四五六七八九]{4})年(?:度|版)?[）)]?/g;

// ---------------------------------------------------------------- places

/** Administrative prefix of an organisation name: 湖南省衡阳市蒸湘区…, 石家庄市鹿泉区…, 安化县…. */
export const PLACE_PREFIX =
  /^(?<province>[\u4e00-\u9fa5]{2,6}?(?:省|自治区))?(?<city>[\u4e00-\u9fa5]{2,6}?(?:市|自治州|地区|盟))?(?<county>[\u4e00-\u9fa5]{1,6}?(?:区|县|旗|市))?/;
/** Words that end in 区/县/市 but are not places (城市管理局 must not yield county 城市). */
export const NOT_A_PLACE =
  /^(?:城市|城区|市区|社区|园区|辖区|全区|本区|该区|全县|本县|该县|全市|本市|地区|山区|矿区|景区|疫区|新区|省市|县市|区县)$/;
/** Province names as written in the text (for a jurisdiction whose title omits the province). */
export const PROVINCE_MENTION =
  /(?:北京|天津|上海|重庆)市|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省|(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区/g;
/** The four province-level cities, for a cheap test before PROVINCE_MENTION. */
export const MUNICIPALITY = /(?:北京|天津|上海|重庆)市/;
/** A county or district named in running text: 临高县, 洪江区 (two characters before 县/区, at the
 *  start of a phrase or after 省/市/《). Verbs before 县 (承办县委) are weeded out by the tagger. */
export const COUNTY_MENTION = /(?:(?<![\u4e00-\u9fa5])|(?<=[省市《]))[\u4e00-\u9fa5]{2}(?:县|区)/g;
/** Leading level word of an agency written without its place: 区发改局, 县工信局. */
export const LEVEL_WORD = /^(?:省|市|县|区)(?=[\u4e00-\u9fa5])/;

// ---------------------------------------------------------------- table cells

/** Header labels and the column role each one names. Labels are compared without whitespace. */
export const HEADER_LABELS: Readonly<Record<string, ColumnRole>> = {
  序号: 'seq',
  主要职责: 'duty',
  具体工作事项: 'items',
  工作事项: 'items',
  责任科室: 'office',
  备注: 'remarks',
  管理事项: 'title',
  相关部门: 'agency',
  职责分工: 'division',
  相关依据: 'basis',
  依据: 'basis',
  案例: 'case',
  服务事项: 'title',
  主要内容: 'content',
  主要工作内容: 'content',
  承办机构: 'unit',
  承办单位: 'unit',
  联系电话: 'phone',
};
export type ColumnRole =
  | 'seq'
  | 'duty'
  | 'items'
  | 'office'
  | 'remarks'
  | 'title'
  | 'agency'
  | 'division'
  | 'basis'
  | 'case'
  | 'content'
  | 'unit'
  | 'phone';

/** Ends like an organisation: 区财政局, 区民政局, 蒸湘交警大队, 中国人民银行衡阳中心支行, 其他有关部门. */
export const AGENCY_LIKE =
  /^[\u4e00-\u9fa5A-Za-z（）()、\s]{2,40}?(?:局|委员会|委|办公室|办|部|部门|中心|站|所|队|大队|院|处|厅|政府|公司|会|室|单位|机关|机构|支行|联社|分局)(?:[（(][^（）()]{1,16}[）)])?[：:]?$/;
/** Opening of a case cell: 某企业…, 如…, 例如…, 案例一：…. */
export const CASE_LIKE = /^(?:案例[一二三四五六七八九十\d]{0,3}|例如|比如|如|某|刘某|张某|王某|李某)/;
/** Text naming a legal document: 《…》, a document number, or a title word. */
export const BASIS_LIKE = /《|〔|〕|【|】|\[(?:19|20)\d{2}\]|令第|条例|办法|规定|通知|意见|决定|第[一二三四五六七八九十百\d]{1,5}条/;
/** Sentence punctuation: a cell holding it is prose, not a name. */
export const PROSE_PUNCTUATION = /[，。；;：:！？]/;

// ---------------------------------------------------------------- roles

/** The agency cell itself says who leads: 区统计局（主办）, 区经贸局（协办）. */
export const AGENCY_LEADS = /[（(](?:主办|牵头|主责)[）)]/;
export const AGENCY_COOPERATES = /[（(](?:协办|配合|协助|参与)[）)]/;
/** Division text that puts the agency in the lead. */
export const DIVISION_LEADS = /牵头|为主|主办|^(?:负责|承担|主管|统筹|组织|具体负责)/;
/** Division text that puts the agency in support. */
export const DIVISION_COOPERATES = /^(?:配合|协助|参与|协同|协办|支持)|^[^，。；]{0,12}(?:配合|协助)/;

// ---------------------------------------------------------------- services

/** Phone numbers: 0737-7230976, 07457622012, 82012711, 13973079744. */
export const PHONE = /(?<!\d)(?:0\d{2,3}[-－—]?\d{7,8}|1[3-9]\d{9}|\d{7,8})(?!\d)/g;
/** A unit name is complete when it ends like one; otherwise the next line continues it (信息化管理 / 办公室). */
export const UNIT_END = /(?:局|委员会|委|办公室|办|部|中心|站|所|队|院|处|厅|科|股|室|组|会|馆|大队|单位|机构|[）)])$/;
/** Separators between several units or phones in one cell. */
export const UNIT_SEPARATOR = /[、；;，,／/]+/;

// ---------------------------------------------------------------- supervision outline

/** Outline numbering styles in 事中事后监管制度, from the usual outer to inner. */
export const OUTLINE_STYLES = [
  { style: 'paren-cn', pattern: /^\s{0,12}[（(]\s{0,2}([一二三四五六七八九十]{1,3})\s{0,2}[）)]\s{0,3}/ },
  { style: 'cn', pattern: /^\s{0,12}([一二三四五六七八九十]{1,3})\s{0,2}[、.．]\s{0,3}/ },
  { style: 'paren-num', pattern: /^\s{0,12}[（(]\s{0,2}(\d{1,2})\s{0,2}[）)]\s{0,3}/ },
  { style: 'num', pattern: /^\s{0,12}(\d{1,2})\s{0,2}(?:[、．]|\.(?!\d))\s{0,3}/ },
] as const;
/** A heading is short and does not end a sentence or a list item. */
export const HEADING_TEXT = /^[^。；;]{1,40}$/;
