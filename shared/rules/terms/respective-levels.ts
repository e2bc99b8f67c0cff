// Grades named in a list and given their points "respectively" (按优、良、中、差四个等次计分，分别得
// 10分、8分、6分、3分; 评为A、B、C等次的，分别计3、2、1分): one grade per unit, so they read as levels.
// Grades written as numbers (90%、80%以上分别得…) are thresholds, read as bands elsewhere.
import type { RuleItem } from '../../domain/indicator-system';
import { asChineseLabel } from '../reader/normalise';
import { hundredths, NUM } from '../reader/patterns';
import type { Segment } from '../term-spec';
import { consume } from './clauses';

const RESPECTIVELY = new RegExp(`^(.*?)分别(?:得|计|赋|为|计为|赋予)?(${NUM}分?(?:[、和及]${NUM}分?)+)分?$`);
/** Words that lead into the grade list (按…, 评为…, 分为…) and that follow it (…四个等次计分, …等次的). */
const LEAD_IN = /^.*?(?:被评定为|被评为|评定为|评为|确定为|认定为|划分为|分为|结果为|按照|按)/;
const TRAILER = /(?:[一二三四五六七八九十两\d]+个)?(?:等次|等级|档次|级别|档)?(?:计分|评分|赋分)?的?$/;
const LABEL = /^[\u4e00-\u9fffA-Za-z]{1,6}$/;

/** The grade names of an enumeration such as "按优、良、中、差四个等次计分", or null when it is not one. */
function gradeNames(text: string): string[] | null {
  if (!text.includes('、')) return null;
  // The last grade may follow 和/及 (满意、基本满意和不满意).
  const parts = text.replace(/(?:以及|和|及)(?=[^、]*$)/, '、').split('、');
  parts[0] = parts[0]!.replace(LEAD_IN, '');
  parts[parts.length - 1] = parts.at(-1)!.replace(TRAILER, '');
  return parts.every((part) => LABEL.test(part)) ? parts : null;
}

/**
 * Reads grades given points respectively and consumes their clauses. Input: a segment. Output:
 * the grades worth more than 0 in the order written, with their points (hundredths), and the
 * clause index of the points, or null when no clause says 分别 after a list of as many word grades as amounts.
 */
export function readRespectiveLevels(segment: Segment): { levels: RuleItem[]; at: number } | null {
  for (const [index, clause] of segment.clauses.entries()) {
    if (clause.used) continue;
    const match = RESPECTIVELY.exec(clause.text);
    if (!match) continue;
    const amounts = match[2]!.split(/[、和及]/).map((amount) => hundredths(amount.replace(/分$/, '')));
    const previous = segment.clauses[index - 1];
    const own = match[1]!.replace(/[,的]+$/, '');
    const listedBefore = own === '' && previous && !previous.used ? previous.text : null;
    const names = gradeNames(own || listedBefore || '');
    if (!names || names.length !== amounts.length) continue;
    consume(segment, index, ...(listedBefore === null ? [] : [index - 1]));
    // A grade worth 0 is the same as reaching none (均未达到 scores 0), so it is not kept as a level.
    const levels = names.map((name, position) => ({ label: asChineseLabel(name), points: amounts[position]! }));
    return { levels: levels.filter((level) => level.points > 0), at: index };
  }
  return null;
}
