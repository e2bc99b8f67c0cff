// The rule being edited: terms with stable keys (so a field's error follows its term when terms
// move), floor and ceiling. Pure operations; the composed rule is built from it for read-back and 试算.
import type { ComposedRule, InputKind, Term, TermKind } from '#shared/domain/rule-model';
import { ruleInputs } from '#shared/rules/evaluate';
import { INPUT_NAME } from '#shared/rules/input-names';

import { TERM_FORMS } from './term-fields';

export type DraftTerm = { key: string; term: Term };
export type RuleDraft = { terms: DraftTerm[]; floor: number | null; ceiling: number | null };

let counter = 0;
const nextKey = (): string => `term-${(counter += 1)}`;

/** A draft of a stored rule (already composed). */
export function draftOf(rule: ComposedRule): RuleDraft {
  return { terms: rule.terms.map((term) => ({ key: nextKey(), term })), floor: rule.floor, ceiling: rule.ceiling };
}

/** The composed rule a draft stands for. */
export function ruleOf(draft: RuleDraft): ComposedRule {
  return { kind: 'composed', terms: draft.terms.map((entry) => entry.term), floor: draft.floor, ceiling: draft.ceiling };
}

/** A name of `kind` no input of the rule uses yet: 次数, 次数2, 次数3… */
export function freshInputName(draft: RuleDraft, kind: InputKind): string {
  const used = new Set(ruleInputs(ruleOf(draft)).map((input) => input.name));
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? INPUT_NAME[kind] : `${INPUT_NAME[kind]}${n}`;
    if (!used.has(name)) return name;
  }
}

/** The draft with a new term of `kind` (its defaults, fresh input names) at the end. */
export function addTerm(draft: RuleDraft, kind: TermKind, maxPoints: number): RuleDraft {
  const term = TERM_FORMS[kind].create((inputKind) => freshInputName(draft, inputKind), maxPoints) as Term;
  return { ...draft, terms: [...draft.terms, { key: nextKey(), term }] };
}

export function removeTerm(draft: RuleDraft, key: string): RuleDraft {
  return { ...draft, terms: draft.terms.filter((entry) => entry.key !== key) };
}

/** Moves a term one place up (−1) or down (+1); unchanged at either end. */
export function moveTerm(draft: RuleDraft, key: string, offset: -1 | 1): RuleDraft {
  const index = draft.terms.findIndex((entry) => entry.key === key);
  const other = index + offset;
  if (index < 0 || other < 0 || other >= draft.terms.length) return draft;
  const terms = [...draft.terms];
  [terms[index], terms[other]] = [terms[other]!, terms[index]!];
  return { ...draft, terms };
}

export function replaceTerm(draft: RuleDraft, key: string, term: Term): RuleDraft {
  return { ...draft, terms: draft.terms.map((entry) => (entry.key === key ? { key, term } : entry)) };
}
