// Input names a rule declares: 次数, 次数2, 测得值… in the order the terms ask for them.
import type { InputKind } from '../domain/rule-model';
import type { InputNames } from './term-spec';

export const INPUT_NAME: Record<InputKind, string> = {
  points: '得分',
  count: '次数',
  value: '测得值',
  items: '分项',
  level: '档次',
  flag: '是否',
};

/** A fresh name generator: the first of a kind gets the plain name, later ones a number. */
export function inputNames(): InputNames {
  const used = new Map<InputKind, number>();
  return {
    next: (kind) => {
      const count = (used.get(kind) ?? 0) + 1;
      used.set(kind, count);
      return count === 1 ? INPUT_NAME[kind] : `${INPUT_NAME[kind]}${count}`;
    },
  };
}
