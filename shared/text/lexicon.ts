// The one lexicon of Chinese words Kaoping's readers share: the field labels of task lists and
// rectification plans, the role words of owner phrases, and the point words of 评分标准. Every
// reader (outline, task table, rectification plan, rubric rule) takes its words from here, so a
// spelling learnt once is understood everywhere. Word lists are plain arrays; `alternation`
// turns one into a regular-expression alternative, longest spelling first.

/** What a labelled field holds. */
export type FieldRole = 'lead' | 'responsible' | 'supporting' | 'person' | 'deadline';

/** Field labels as documents write them before a colon (牵头单位：…), by the field they fill. */
export const FIELD_LABELS: Readonly<Record<FieldRole, readonly string[]>> = {
  lead: ['牵头单位', '牵头部门'],
  responsible: ['责任单位', '责任部门'],
  supporting: ['配合单位', '配合部门'],
  person: ['责任人'],
  deadline: ['时间节点', '完成时限', '完成时间', '时限要求', '整改时限'],
};

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
