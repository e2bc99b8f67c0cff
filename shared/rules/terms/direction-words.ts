// How rank clauses state the direction, and back.
import type { Direction } from '../../domain/indicator-system';

/** "按由高到低排名" / "按由低到高排名" — read by directionOf in the reader. */
export const rankingText = (direction: Direction): string => (direction === 'lowerBetter' ? '按由低到高排名' : '按由高到低排名');

/** Clauses that only state a ranking or a direction (no number): consumed with a rank term. */
export const DIRECTION_WORDS = /排名|排序|名次|越(?:短|少|低|小|长|多|高|大)越好|由(?:短|少|低|小|长|多|高|大)到/;
