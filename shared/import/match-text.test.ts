import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { bestCovering, bigramsOf, coverage, indexPhrases } from './match-text';

/** The plain way: score every phrase, keep the first of the highest at or above the threshold. */
function scanAll(needle: string, phrases: string[], threshold: number): { index: number; score: number } | null {
  let best: { index: number; score: number } | null = null;
  phrases.forEach((phrase, index) => {
    const score = coverage(bigramsOf(needle), bigramsOf(phrase));
    if (score >= threshold && (!best || score > best.score)) best = { index, score };
  });
  return best;
}

const phrase = fc.string({ unit: fc.constantFrom(...'推进改革审批时限压减企业开办一网通办市发展委局，。'), maxLength: 24 });

describe('bestCovering', () => {
  it('finds what scoring every phrase finds, for any phrases, needles and thresholds, the index reused and restricted to the needles’ bigrams', () => {
    fc.assert(
      fc.property(
        fc.array(phrase, { maxLength: 30 }),
        fc.array(phrase, { minLength: 1, maxLength: 5 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (phrases, needles, threshold) => {
          const index = indexPhrases(phrases);
          const restricted = indexPhrases(phrases, new Set(needles.flatMap((needle) => [...bigramsOf(needle)])));
          for (const needle of needles) {
            expect(bestCovering(bigramsOf(needle), index, threshold)).toEqual(scanAll(needle, phrases, threshold));
            expect(bestCovering(bigramsOf(needle), restricted, threshold)).toEqual(scanAll(needle, phrases, threshold));
          }
        },
      ),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('matches a row of seed 000’s annex to the body item that contains its text', () => {
    const index = indexPhrases([
      '精简规范社会投资小型仓储项目审批流程。',
      '推进市级工程建设项目审批管理系统与省投资审批系统数据实时共享。',
      '建立完善市级工程建设项目中介服务网上交易平台。',
    ]);
    expect(bestCovering(bigramsOf('建立完善市级工程建设项目中介服务网上交易平台'), index, 0.6)).toEqual({ index: 2, score: 1 });
    expect(bestCovering(bigramsOf('优化口岸监管模式'), index, 0.6)).toBeNull();
  });
});
