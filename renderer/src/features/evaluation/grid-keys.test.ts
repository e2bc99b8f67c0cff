import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { entryKeyMove, moveActiveCell, startsEntry } from './grid-keys';

const SIZE = { units: 500, columns: 300, pageRows: 12 };
const key = (name: string, ctrlKey = false) => ({ key: name, ctrlKey, metaKey: false });

describe('moveActiveCell', () => {
  it('moves one cell per arrow, a page of rows per PageUp/PageDown, to the row ends with Home/End and to the grid ends with Ctrl', () => {
    const from = { unit: 20, column: 7 };
    expect(moveActiveCell(from, key('ArrowDown'), SIZE)).toEqual({ unit: 21, column: 7 });
    expect(moveActiveCell(from, key('ArrowUp'), SIZE)).toEqual({ unit: 19, column: 7 });
    expect(moveActiveCell(from, key('ArrowRight'), SIZE)).toEqual({ unit: 20, column: 8 });
    expect(moveActiveCell(from, key('ArrowLeft'), SIZE)).toEqual({ unit: 20, column: 6 });
    expect(moveActiveCell(from, key('PageDown'), SIZE)).toEqual({ unit: 32, column: 7 });
    expect(moveActiveCell(from, key('PageUp'), SIZE)).toEqual({ unit: 8, column: 7 });
    expect(moveActiveCell(from, key('Home'), SIZE)).toEqual({ unit: 20, column: 0 });
    expect(moveActiveCell(from, key('End'), SIZE)).toEqual({ unit: 20, column: 299 });
    expect(moveActiveCell(from, key('Home', true), SIZE)).toEqual({ unit: 0, column: 0 });
    expect(moveActiveCell(from, key('End', true), SIZE)).toEqual({ unit: 499, column: 299 });
    expect(moveActiveCell(from, key('a'), SIZE)).toBeNull();
  });

  it('never leaves the grid, whatever the keys', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.boolean())),
        (units, columns, presses) => {
          let cell = { unit: 0, column: 0 };
          for (const [name, ctrlKey] of presses) {
            cell = moveActiveCell(cell, key(name, ctrlKey), { units, columns, pageRows: 5 })!;
            expect(cell.unit).toBeGreaterThanOrEqual(0);
            expect(cell.unit).toBeLessThan(units);
            expect(cell.column).toBeGreaterThanOrEqual(0);
            expect(cell.column).toBeLessThan(columns);
          }
        },
      ),
    );
  });
});

describe('entry keys', () => {
  const at = { unit: 4, column: 2 };
  const size = { units: 5, columns: 3 };
  it('Enter goes down and Tab right, with Shift back, staying inside the grid', () => {
    expect(entryKeyMove(at, { key: 'Enter', shiftKey: false }, { units: 9, columns: 9 })).toEqual({ unit: 5, column: 2 });
    expect(entryKeyMove(at, { key: 'Enter', shiftKey: true }, size)).toEqual({ unit: 3, column: 2 });
    expect(entryKeyMove(at, { key: 'Enter', shiftKey: false }, size)).toEqual({ unit: 4, column: 2 }); // last row
    expect(entryKeyMove({ unit: 0, column: 0 }, { key: 'Tab', shiftKey: false }, size)).toEqual({ unit: 0, column: 1 });
    expect(entryKeyMove(at, { key: 'Tab', shiftKey: true }, size)).toEqual({ unit: 4, column: 1 });
    expect(entryKeyMove(at, { key: 'ArrowDown', shiftKey: false }, size)).toBeNull();
  });
  it('a printable character or Backspace starts an entry; shortcuts and navigation keys do not', () => {
    const plain = { ctrlKey: false, metaKey: false, altKey: false };
    for (const key of ['7', '６', '百', '-', '.', 'Backspace', 'Process']) expect(startsEntry({ key, ...plain })).toBe(true);
    for (const key of ['Enter', 'Tab', 'ArrowUp', 'F2', 'Escape', 'Shift']) expect(startsEntry({ key, ...plain })).toBe(false);
    expect(startsEntry({ key: 'c', ...plain, ctrlKey: true })).toBe(false);
  });
});
