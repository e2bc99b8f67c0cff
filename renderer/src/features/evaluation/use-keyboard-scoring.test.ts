import { describe, expect, it } from 'vitest';

import { keyAction, nextUnscored } from './use-keyboard-scoring';

describe('keyAction', () => {
  it('gives status keys and 0 on a checklist basis', () => {
    expect(keyAction('2', true)).toEqual({ kind: 'status', status: 'partial' });
    expect(keyAction('0', true)).toEqual({ kind: 'clear' });
    expect(keyAction('5', true)).toEqual({ kind: 'none' });
    expect(keyAction('Enter', true)).toEqual({ kind: 'edit', typing: false });
  });

  it('opens the cell input on an indicator-system basis, a typed character going on into it', () => {
    expect(keyAction('2', false)).toEqual({ kind: 'edit', typing: true });
    expect(keyAction('0', false)).toEqual({ kind: 'edit', typing: true });
    expect(keyAction('.', false)).toEqual({ kind: 'edit', typing: true });
    expect(keyAction('Enter', false)).toEqual({ kind: 'edit', typing: false });
    expect(keyAction('x', false)).toEqual({ kind: 'none' });
  });

  it('moves the same way on both bases and ignores keys with Ctrl, Alt or Meta', () => {
    for (const withStatus of [true, false]) {
      expect(keyAction('ArrowDown', withStatus)).toEqual({ kind: 'down' });
      expect(keyAction('k', withStatus)).toEqual({ kind: 'up' });
      expect(keyAction('N', withStatus)).toEqual({ kind: 'nextUnscored' });
      expect(keyAction('2', withStatus, true)).toEqual({ kind: 'none' });
    }
  });
});

describe('nextUnscored', () => {
  const scored = new Set(['b', 'd']);
  it('wraps round to the first unscored row after the given one, skipping the row just scored', () => {
    expect(nextUnscored(['a', 'b', 'c', 'd'], (id) => scored.has(id), 2)).toBe(0);
    expect(nextUnscored(['a', 'b', 'c', 'd'], (id) => scored.has(id), 0, 'c')).toBe(0);
    expect(nextUnscored(['b', 'd'], (id) => scored.has(id), 1)).toBe(1);
  });
});
