// The one lexicon of Chinese words Kaoping's readers share: the field labels of task lists and
// rectification plans, the role words of owner phrases, and the point words of 评分标准. Every
// reader (outline, task table, rectification plan, rubric rule) takes its words from here, so a
// spelling learnt once is understood everywhere. Word lists are plain arrays; `alternation`
// turns one into a regular-expression alternative, longest spelling first.

/** What a labelled field holds. */
export type FieldRole = 'lead' | 'responsible' | 'supporting' | 'person' | 'deadline';

/** Field labels as documents write them before a colon (牵头单位：…), by the field they fill. */
export const FIELD_LABELS: Readonly<Record<FieldRole, readonly string[]>> = {
  lead: ['牵头单位', '牵头部门', '牵头处室'],
  responsible: ['责任单位', '责任部门', '责任处室', '承办单位', '实施单位', '主责单位', '主责部门'],
  supporting: ['配合单位', '配合部门', '协办单位', '协办部门', '参与单位', '参与部门', '协同单位', '协同部门'],
  person: ['责任人'],
  deadline: ['时间节点', '完成时限', '完成时间', '完成期限', '时限要求', '整改时限', '整改期限', '时间要求', '办结时限'],
};

/** Role words that close an owner clause (A牵头，B配合), by the role they give its units. */
export const ROLE_WORDS: Readonly<Record<'lead' | 'responsible' | 'supporting', readonly string[]>> = {
  supporting: ['按职责分工负责配合', '负责配合', '配合', '协助', '协办', '参与'],
  lead: ['牵头负责', '牵头'],
  responsible: ['按职责分工负责', '按照职责分工负责', '按职能分工负责', '按职责负责', '分工负责', '分别负责', '负责', '落实'],
};

/**
 * Endings of an organisation's name: ministries and bureaus (局, 委), their internal divisions
 * (处, 科, 室, 中心, 办, 队, 所, 站), courts and banks (院, 行), companies (公司, 集团), people's organisations (工商联, 科协), places'
 * governments and sub-districts (政府, 街道, 乡镇). Longest first when used in a pattern.
 */
export const UNIT_NAME_ENDINGS = [
  '局',
  '委',
  '办',
  '厅',
  '院',
  '中心',
  '公司',
  '集团',
  '政府',
  '部',
  '会',
  '行',
  '处',
  '科',
  '所',
  '站',
  '队',
  '组',
  '关',
  '室',
  '区',
  '县',
  '镇',
  '乡',
  '街道',
  '分局',
  '支行',
  '分行',
  '署',
  '社',
  '馆',
  '台',
  '团',
  '校',
  '司',
  '园',
  '联',
  '协',
  '中支',
  '港',
  '段',
  '部门',
  '单位',
] as const;

/** Owners that stand for several units (各县区政府, 有关单位): kept as one name, never split or merged. */
export const COLLECTIVE_OWNER_WORDS = ['各', '有关', '相关', '部门', '单位', '处室', '各地'] as const;

/** Words that open a unit name after 和/及 (市…, 省…, 国家…): a 和 before them separates two units. */
export const UNIT_NAME_STARTS = [
  '市',
  '区',
  '县',
  '省',
  '国',
  '各',
  '中国',
  '人民银行',
  '人行',
  '国家',
  '自贸区',
  '相关',
  '有关',
  '乡',
  '镇',
  '州',
  '盟',
  '旗',
  '街道',
  '开发区',
  '高新区',
  '经开区',
] as const;

/** Deadlines that name no date: the work goes on (持续推进, 长期坚持, 按省统一部署). */
export const STANDING_TERMS = [
  '持续',
  '长期',
  '常态',
  '按省',
  '按市',
  '按国家',
  '及时落实',
  '适时',
  '逐步',
  '按上级',
  '每年',
  '每季度',
  '每月',
  '已实施',
  '已完成',
  '已落实',
] as const;

/** Numbering schemes of a policy outline, by level: 一、 / （一） / 1. 1． 1、 / （1）. */
export const NUMBERING_PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^([一二三四五六七八九十百]+)\s*、\s*(.*)$/],
  [2, /^[（(]\s*([一二三四五六七八九十百]+)\s*[）)]\s*(.*)$/],
  [3, /^(\d{1,3})\s*[.．、](?![\d.．])\s*(.*)$/],
  [4, /^[（(]\s*(\d{1,3})\s*[）)]\s*(.*)$/],
];

/** Task-table column headers, by the column they name (序号, 重点任务, 牵头部门…). */
export const TABLE_HEADERS = {
  number: ['序号', '编号'],
  area: ['工作领域', '领域', '类别', '方面', '板块', '工作类别', '指标领域', '评价领域'],
  task: ['重点任务', '主要任务', '工作任务', '任务', '主要工作', '项目名称', '项目', '重点工作'],
  measure: [
    '改革举措',
    '具体措施',
    '工作措施',
    '优化措施',
    '具体内容',
    '主要措施',
    '措施',
    '工作内容',
    '具体要求',
    '主要内容',
    '具体任务',
    '任务内容',
    '工作举措',
    '重点举措',
    '具体举措',
  ],
  lead: ['牵头单位', '牵头部门', '牵头处室'],
  responsible: ['责任单位', '责任部门', '配合单位', '配合部门', '承办单位', '承办部门', '协办单位', '参与单位', '责任处室'],
  deadline: ['完成时限', '完成时间', '时限', '时间', '时间节点', '完成期限', '时限要求'],
} as const;

/** Words that mean "points" (分值, 得分 units). */
export const POINT_WORDS = ['分'] as const;

/** Verbs that lower points. */
export const DEDUCT_WORDS = ['扣除', '扣减', '扣', '减'] as const;

/** Verbs that raise points. */
export const ADD_WORDS = ['增加', '加', '多得'] as const;

/** Verbs that award points. */
export const AWARD_WORDS = ['得', '计', '赋予', '给予'] as const;

/**
 * A regular-expression alternative of the words, longest first so that 扣除 wins over 扣.
 * Input: words without regex metacharacters. Output: e.g. "扣除|扣减|扣|减".
 */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** Every field label of every role, as one list. */
export function allFieldLabels(): string[] {
  return Object.values(FIELD_LABELS).flat();
}
