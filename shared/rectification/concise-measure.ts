// 整改措施 as a report states them: the measure's own sentence (not the policy paragraph it sits
// in), and the policy only as a short 依据 reference — four findings must not fill eight pages.
import type { ChecklistItem, Finding, PolicyDocument } from '../domain/types';

/** Sentence ends of Chinese text: 。；！？ (full width) and a line break. */
const SENTENCE_END = /[。；！？\n]/;

/**
 * The first sentence of a text, closed by 。 (a 。；！？ inside stays the sentence's end). Input: any
 * text. Output: the sentence, or '' for blank text.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const end = trimmed.search(SENTENCE_END);
  const sentence = (end < 0 ? trimmed : trimmed.slice(0, end)).trim().replace(/[，、：,:]+$/, '');
  return `${sentence}。`;
}

/**
 * One 整改措施 of a finding: the inspector's note as the problem it answers (when there is one),
 * then the measure's own first sentence — "针对“未见实施方案”的问题，全面实施…要求。". Falls back to
 * the measure's title when its text is blank.
 */
export function conciseMeasureSentence(finding: Pick<Finding, 'note' | 'measureText' | 'measureTitle'>): string {
  const sentence = firstSentence(finding.measureText) || firstSentence(finding.measureTitle);
  const note = finding.note.trim().replace(/[。；，,;]+$/, '');
  return note ? `针对“${note}”的问题，${sentence}` : sentence;
}

/** How a level's number is cited: 第一部分 / 第（一）条 / 第1项. */
const CITATION: Record<ChecklistItem['kind'], (number: string) => string> = {
  section: (number) => `第${number}部分`,
  task: (number) => `第（${number}）条`,
  measure: (number) => `第${number}项`,
};

/**
 * The 依据 of a measure in one short line: the document's 文号 (or its title in 《》 when it has
 * none) and where the measure stands in it — "洛政办〔2021〕39号第一部分第（一）条第1项". Levels
 * without a number are left out; an item not in the document gives the document alone.
 */
export function concisePolicyReference(document: Pick<PolicyDocument, 'title' | 'docNumber' | 'items'>, itemId: string): string {
  const byId = new Map(document.items.map((item) => [item.id, item]));
  const path: string[] = [];
  for (let item = byId.get(itemId); item; item = item.parentId ? byId.get(item.parentId) : undefined) {
    const number = item.number.trim().replace(/^[（(]|[）)、.．]$/g, '');
    if (number) path.unshift(CITATION[item.kind](number));
    if (path.length > 8) break;
  }
  const source = document.docNumber?.trim() || `《${document.title}》`;
  return `${source}${path.join('')}`;
}
