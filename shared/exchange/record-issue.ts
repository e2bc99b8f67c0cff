// Why a record failed its schema, in Chinese: the field's path as a reader writes it
// (indicators[2].rule.terms[0].points) and what the field should have been (应为整数).
import type { z } from 'zod';

import { safeName } from '../text/safe-text';

/** The path of a field, properties joined by dots and list positions in brackets (0-based). */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否（true/false）',
  array: '列表',
  object: '对象',
  record: '对象',
  null: '空值（null）',
  undefined: '缺省',
};

/** What a value is, in the words of TYPE_NAMES (null, a list and a whole number told apart). */
function kindOf(value: unknown): string {
  if (value === null) return TYPE_NAMES.null!;
  if (Array.isArray(value)) return TYPE_NAMES.array!;
  if (typeof value === 'number') return Number.isFinite(value) ? `数字 ${value}` : '非有限数字';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/** The value at `path` in `value`, or undefined. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** What a failed union allowed at its own place, in words: each branch's expected type or values (nested unions flattened). */
function allowed(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'invalid_union')
    return issue.errors.flatMap((branch) => branch.filter((inner) => inner.path.length === 0).flatMap(allowed));
  if (issue.code === 'invalid_type') return [TYPE_NAMES[issue.expected] ?? issue.expected];
  if (issue.code === 'invalid_value') return issue.values.map(quoted);
  return [];
}

const quoted = (value: unknown) => (typeof value === 'string' ? `“${safeName(value).slice(0, 60)}”` : String(value));

/** What the field should have been (zh-CN), from the issue and the value that was there. */
function expectation(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return '缺少该字段';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实为${kindOf(found)}`;
    case 'too_big':
      if (issue.origin === 'string') return `超过 ${issue.maximum} 个字符（有 ${String(found).length} 个）`;
      if (issue.origin === 'array') return `超过 ${issue.maximum} 项`;
      return `应不大于 ${issue.maximum}，实为 ${String(found)}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? '不能为空' : `应至少 ${issue.minimum} 个字符`;
      if (issue.origin === 'array') return `应至少 ${issue.minimum} 项`;
      return `应${issue.inclusive ? '不小于' : '大于'} ${issue.minimum}，实为 ${String(found)}`;
    case 'invalid_format':
      return `格式不正确：${quoted(found)}`;
    case 'unrecognized_keys':
      return `含有不认识的字段 ${issue.keys.map(quoted).join('、')}（可能由更新版本的考评写入或被篡改）`;
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options)
        return `未知的类型 ${quoted(found)}（应为 ${issue.options.map(quoted).join('、')} 之一）`;
      return allowed(issue).length > 0 ? `应为${[...new Set(allowed(issue))].join('、')}之一，实为${kindOf(found)}` : '格式不正确';
    case 'invalid_value':
      return `应为 ${issue.values.map(quoted).join('、')} 之一，实为 ${quoted(found)}`;
    case 'custom':
      return issue.message;
    default:
      return `格式不正确（${issue.message}）`;
  }
}

/** Which record (zh-CN): its 1-based position and, when it has a text id, that id — `第 3 条记录（id “s1”）`. */
export function recordLabel(index: number, record: unknown): string {
  const id = valueAt(record, ['id']);
  return `第 ${index + 1} 条记录${typeof id === 'string' ? `（id ${quoted(id)}）` : ''}`;
}

/**
 * One failed record as the user reads it (zh-CN): `第 3 条记录（id “s1”）字段 indicators[2].rule.terms[0].points：应为整数，实为数字 1.5`.
 * Input: the record's 0-based position, the record as it came, and the first issue zod found.
 */
export function describeRecordIssue(index: number, record: unknown, issue: z.core.$ZodIssue | undefined): string {
  const which = recordLabel(index, record);
  return issue && issue.path.length > 0 ? `${which}${describeFieldIssue(record, issue)}` : `${which}：${describeFieldIssue(record, issue)}`;
}

/** The field and what it should have been (zh-CN): `字段 scope.kind：应为 “evaluation”、… 之一，实为 “x”`; without a path, the reason alone. */
export function describeFieldIssue(value: unknown, issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '格式不正确';
  // A union whose branch took the value's type but failed inside it: that inner issue is the one to name.
  const inner =
    issue.code === 'invalid_union' ? issue.errors.find((branch) => branch.every((entry) => entry.path.length > 0))?.[0] : undefined;
  if (inner) return describeFieldIssue(value, { ...inner, path: [...issue.path, ...inner.path] });
  const path = fieldPath(issue.path);
  const reason = expectation(issue, valueAt(value, issue.path));
  return path ? `字段 ${path}：${reason}` : reason;
}
