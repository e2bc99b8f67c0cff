// The form of every term kind of the rule registry: its fields (numbers with their kind, choices,
// lists) and a new term's defaults. A typed map over the kinds: a new kind fails the type check here.
import type { Term, TermKind } from '#shared/domain/rule-model';
import { STEP_UNITS } from '#shared/rules/step-units';

import { t } from '../../../i18n';
import type { NumberKind } from './number-input';

export type Choice = { value: string | number; label: () => string };

export type Field =
  | { type: 'number'; key: string; label: () => string; kind: NumberKind; nullable?: () => string }
  | { type: 'input' | 'text'; key: string; label: () => string }
  | { type: 'choice'; key: string; label: () => string; choices: Choice[] }
  | { type: 'bool'; key: string; label: () => string }
  | { type: 'list'; key: string; label: () => string; item: Field[]; create: (fresh: FreshName) => Record<string, unknown> }
  | { type: 'threshold'; key: string; label: () => string }
  | { type: 'rankStep'; key: string; label: () => string };

/** Gives a fresh input name of a kind (次数, 次数2…), not used by the rule yet. */
export type FreshName = (kind: 'points' | 'count' | 'value' | 'items' | 'level' | 'flag') => string;

export type TermForm<K extends TermKind> = {
  fields: Field[];
  create: (fresh: FreshName, maxPoints: number) => Extract<Term, { kind: K }>;
  addable: boolean;
};

const DIRECTION: Choice[] = [
  { value: 'higherBetter', label: () => t('越大越好') },
  { value: 'lowerBetter', label: () => t('越小越好') },
];
const SIGN: Choice[] = [
  { value: -1, label: () => t('扣分') },
  { value: 1, label: () => t('加分') },
];

const input = (): Field => ({ type: 'input', key: 'input', label: () => t('输入名') });
const label = (): Field => ({ type: 'text', key: 'label', label: () => t('说明') });
const points = (key: string, text: () => string): Field => ({ type: 'number', key, label: text, kind: 'points' });
const cap = (): Field => ({ type: 'number', key: 'cap', label: () => t('最多'), kind: 'points', nullable: () => t('不封顶') });
const direction = (): Field => ({ type: 'choice', key: 'direction', label: () => t('方向'), choices: DIRECTION });
const rates = (): Field => ({
  type: 'list',
  key: 'rates',
  label: () => t('每次计分'),
  item: [input(), label(), points('per', () => t('每次')), { type: 'bool', key: 'once', label: () => t('只计一次（是/否）') }],
  create: (fresh) => ({ input: fresh('count'), label: '', per: 50 }),
});
const items = (key: 'items' | 'levels', text: () => string): Field => ({
  type: 'list',
  key,
  label: text,
  item: [label(), points('points', () => t('得分'))],
  create: () => ({ label: '', points: 0 }),
});

export const TERM_FORMS: { [K in TermKind]: TermForm<K> } = {
  manual: { fields: [input()], create: (fresh) => ({ kind: 'manual', input: fresh('points') }), addable: true },
  base: { fields: [points('points', () => t('基础分'))], create: (_fresh, max) => ({ kind: 'base', points: max }), addable: true },
  deduction: {
    fields: [points('base', () => t('基础分')), rates(), cap()],
    create: (fresh, max) => ({ kind: 'deduction', base: max, rates: [{ input: fresh('count'), label: '', per: 50 }], cap: null }),
    addable: true,
  },
  occurrence: {
    fields: [{ type: 'choice', key: 'sign', label: () => t('加减'), choices: SIGN }, rates(), cap()],
    create: (fresh) => ({ kind: 'occurrence', sign: 1, rates: [{ input: fresh('count'), label: '', per: 100 }], cap: null }),
    addable: true,
  },
  linear: {
    fields: [
      input(),
      label(),
      { type: 'threshold', key: 'threshold', label: () => t('目标值') },
      {
        type: 'choice',
        key: 'side',
        label: () => t('计分方向'),
        choices: [
          { value: 'below', label: () => t('低于目标') },
          { value: 'above', label: () => t('高于目标') },
        ],
      },
      { type: 'number', key: 'step', label: () => t('每'), kind: 'positive' },
      { type: 'text', key: 'unit', label: () => t('单位') },
      { type: 'choice', key: 'sign', label: () => t('加减'), choices: SIGN },
      points('per', () => t('分数')),
      { type: 'bool', key: 'stepped', label: () => t('只计整档') },
      cap(),
      points('base', () => t('基础分')),
    ],
    create: (fresh, max) => ({
      kind: 'linear',
      input: fresh('value'),
      label: '',
      threshold: { kind: 'fixed', value: 90 },
      side: 'below',
      step: 1,
      unit: STEP_UNITS[0],
      per: 10,
      sign: -1,
      stepped: false,
      cap: null,
      base: max,
    }),
    addable: true,
  },
  bands: {
    fields: [
      input(),
      {
        type: 'choice',
        key: 'measure',
        label: () => t('按'),
        choices: [
          { value: 'value', label: () => t('测得值') },
          { value: 'count', label: () => t('次数') },
        ],
      },
      {
        type: 'list',
        key: 'bands',
        label: () => t('分档'),
        item: [
          { type: 'number', key: 'min', label: () => t('下限'), kind: 'value', nullable: () => t('不限') },
          { type: 'bool', key: 'minInclusive', label: () => t('含下限') },
          { type: 'number', key: 'max', label: () => t('上限'), kind: 'value', nullable: () => t('不限') },
          { type: 'bool', key: 'maxInclusive', label: () => t('含上限') },
          points('points', () => t('得分')),
        ],
        create: () => ({ min: null, minInclusive: true, max: null, maxInclusive: false, points: 0 }),
      },
    ],
    create: (fresh, max) => ({
      kind: 'bands',
      input: fresh('value'),
      measure: 'value',
      bands: [
        { min: 90, minInclusive: true, max: null, maxInclusive: false, points: max },
        { min: null, minInclusive: false, max: 90, maxInclusive: false, points: 0 },
      ],
    }),
    addable: true,
  },
  levels: {
    fields: [input(), items('levels', () => t('档次'))],
    create: (fresh, max) => ({
      kind: 'levels',
      input: fresh('level'),
      levels: [
        { label: t('好'), points: max },
        { label: t('一般'), points: Math.round(max / 2) },
      ],
    }),
    addable: true,
  },
  itemSum: {
    fields: [input(), items('items', () => t('分项'))],
    create: (fresh, max) => ({ kind: 'itemSum', input: fresh('items'), items: [{ label: t('达到要求'), points: max }] }),
    addable: true,
  },
  rankingTiers: {
    fields: [
      input(),
      direction(),
      points('base', () => t('基础分')),
      { type: 'number', key: 'topCount', label: () => t('前几名'), kind: 'count' },
      points('topDelta', () => t('前几名加')),
      { type: 'number', key: 'bottomCount', label: () => t('后几名'), kind: 'count' },
      points('bottomDelta', () => t('后几名减')),
    ],
    create: (fresh, max) => ({
      kind: 'rankingTiers',
      input: fresh('value'),
      base: Math.round(max / 2),
      topCount: 3,
      topDelta: 50,
      bottomCount: 3,
      bottomDelta: 50,
      direction: 'higherBetter',
    }),
    addable: true,
  },
  rankPoints: {
    fields: [
      input(),
      direction(),
      {
        type: 'list',
        key: 'ranges',
        label: () => t('名次'),
        item: [
          { type: 'number', key: 'from', label: () => t('从第'), kind: 'rank' },
          { type: 'number', key: 'to', label: () => t('到第'), kind: 'rank' },
          { type: 'bool', key: 'fromBottom', label: () => t('倒数') },
          points('points', () => t('得分')),
        ],
        create: () => ({ from: 1, to: 1, fromBottom: false, points: 0 }),
      },
      { type: 'rankStep', key: 'step', label: () => t('逐名递减') },
      points('rest', () => t('其余得分')),
    ],
    create: (fresh, max) => ({
      kind: 'rankPoints',
      input: fresh('value'),
      direction: 'higherBetter',
      ranges: [{ from: 1, to: 3, fromBottom: false, points: max }],
      step: null,
      rest: 0,
    }),
    addable: true,
  },
  relativeToBest: {
    fields: [
      input(),
      direction(),
      {
        type: 'choice',
        key: 'reference',
        label: () => t('对照'),
        choices: [
          { value: 'best', label: () => t('第一名') },
          { value: 'average', label: () => t('平均值') },
        ],
      },
      points('points', () => t('满分')),
    ],
    create: (fresh, max) => ({ kind: 'relativeToBest', input: fresh('value'), direction: 'higherBetter', reference: 'best', points: max }),
    addable: true,
  },
  frontier: {
    fields: [input(), direction(), points('points', () => t('满分'))],
    create: (fresh, max) => ({ kind: 'frontier', input: fresh('value'), direction: 'higherBetter', points: max }),
    addable: true,
  },
  proportional: {
    fields: [
      input(),
      { type: 'number', key: 'fullValue', label: () => t('满分对应值'), kind: 'positive' },
      points('points', () => t('满分')),
    ],
    create: (fresh, max) => ({ kind: 'proportional', input: fresh('value'), fullValue: 100, points: max }),
    addable: true,
  },
  condition: {
    fields: [
      input(),
      label(),
      { type: 'number', key: 'yes', label: () => t('是则得'), kind: 'signedPoints' },
      { type: 'number', key: 'no', label: () => t('否则得'), kind: 'signedPoints' },
    ],
    create: (fresh, max) => ({ kind: 'condition', input: fresh('flag'), label: '', yes: max, no: 0 }),
    addable: true,
  },
  veto: {
    fields: [
      input(),
      label(),
      {
        type: 'choice',
        key: 'scope',
        label: () => t('否决范围'),
        choices: [
          { value: 'indicator', label: () => t('本指标') },
          { value: 'category', label: () => t('所在类别') },
          { value: 'total', label: () => t('总分') },
        ],
      },
    ],
    create: (fresh) => ({ kind: 'veto', input: fresh('flag'), label: '', scope: 'indicator' }),
    addable: true,
  },
  reference: {
    fields: [{ type: 'number', key: 'factor', label: () => t('倍数'), kind: 'positive' }],
    create: () => ({ kind: 'reference', factor: 1 }),
    addable: false,
  },
};
