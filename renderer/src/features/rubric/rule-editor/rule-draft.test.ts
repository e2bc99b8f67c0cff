import { describe, expect, it } from 'vitest';

import type { TermKind } from '#shared/domain/rule-model';
import { validateRule } from '#shared/rules/edit-rule';
import { specOf } from '#shared/rules/registry';

import { inputProblems } from './input-problems';
import { addTerm, draftOf, moveTerm, removeTerm, ruleOf } from './rule-draft';
import { TERM_FORMS } from './term-fields';

describe('the rule being edited', () => {
  it('adds every addable kind with defaults that are valid but for the situation a person must write', () => {
    const problems = (Object.keys(TERM_FORMS) as TermKind[])
      .filter((kind) => TERM_FORMS[kind].addable)
      .map((kind): [TermKind, string[]] => [
        kind,
        validateRule(ruleOf(addTerm(draftOf({ kind: 'composed', terms: [], floor: 0, ceiling: null }), kind, 500)), 500),
      ])
      .filter(([, found]) => found.length > 0);
    expect(problems).toEqual([['veto', ['一票否决没有写明情形']]]);
    const two = addTerm(addTerm(draftOf({ kind: 'composed', terms: [], floor: 0, ceiling: null }), 'deduction', 500), 'occurrence', 500);
    const names = two.terms.flatMap((entry) =>
      specOf(entry.term)
        .inputs(entry.term)
        .map((input) => input.name),
    );
    expect(names).toEqual(['次数', '次数2']);
    expect(inputProblems(ruleOf(two))).toEqual([]);
  });

  it('moves and removes terms by key, keeping the others', () => {
    let draft = addTerm(addTerm(draftOf({ kind: 'composed', terms: [], floor: null, ceiling: 400 }), 'base', 500), 'veto', 500);
    const [first, second] = draft.terms;
    draft = moveTerm(draft, second!.key, -1);
    expect(draft.terms.map((entry) => entry.term.kind)).toEqual(['veto', 'base']);
    expect(moveTerm(draft, second!.key, -1)).toBe(draft);
    draft = removeTerm(draft, first!.key);
    expect(ruleOf(draft)).toEqual({
      kind: 'composed',
      terms: [{ kind: 'veto', input: '是否', label: '', scope: 'indicator' }],
      floor: null,
      ceiling: 400,
    });
  });

  it('flags one input name used for two kinds', () => {
    const rule = {
      kind: 'composed' as const,
      terms: [
        { kind: 'manual' as const, input: 'x' },
        { kind: 'veto' as const, input: 'x', label: '', scope: 'total' as const },
      ],
      floor: 0,
      ceiling: null,
    };
    expect(inputProblems(rule)).toEqual(['输入名“x”用于不同种类的输入']);
  });
});
