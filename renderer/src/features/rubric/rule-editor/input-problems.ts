// Problems of a rule's input names the editor checks before saving: an empty name, or one name
// used for inputs of different kinds (a count and a value cannot share a cell).
import type { ComposedRule, InputKind } from '#shared/domain/rule-model';
import { specOf } from '#shared/rules/registry';

import { t } from '../../../i18n';

/** Chinese problems of the rule's input names; empty when every name is set and of one kind. */
export function inputProblems(rule: ComposedRule): string[] {
  const kinds = new Map<string, Set<InputKind>>();
  let empty = false;
  for (const term of rule.terms) {
    for (const input of specOf(term).inputs(term)) {
      if (input.name.trim() === '') empty = true;
      kinds.set(input.name, (kinds.get(input.name) ?? new Set()).add(input.kind));
    }
  }
  const mixed = [...kinds].filter(([, set]) => set.size > 1).map(([name]) => name);
  return [...(empty ? [t('输入名不能为空')] : []), ...mixed.map((name) => t('输入名“{{name}}”用于不同种类的输入', { name }))];
}
