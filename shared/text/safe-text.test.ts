import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { safeDeep, safeName, safeText, xmlSafe } from './safe-text';

/** True when a string can stand in an XML 1.0 text node. */
const xmlLegal = (text: string) => /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u.test(text);

describe('safeText', () => {
  it('turns Word line breaks into newlines and removes other controls', () => {
    expect(safeText('一是\u000b二是\r\n三是\r四是\u2028五是')).toBe('一是\n二是\n三是\n四是\n五是');
    expect(safeText('甲\u0000区\u0007\u001b[31m红\u009b')).toBe('甲区[31m红');
    expect(safeText('制表\t保留\n')).toBe('制表\t保留\n');
  });

  it('drops lone surrogates and composes to NFC', () => {
    expect(safeText('a\ud800b\udc00c')).toBe('abc');
    expect(safeText('😀')).toBe('😀');
    expect(safeText('e\u0301')).toBe('\u00e9');
  });

  it('is idempotent and XML-legal for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = safeText(text);
        expect(safeText(once)).toBe(once);
        expect(xmlLegal(once)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('safeName', () => {
  it('removes zero-width and bidi characters, so a look-alike is the name it imitates', () => {
    expect(safeName('甲\u200b区')).toBe('甲区');
    expect(safeName('现场照片\u202egpj.exe')).toBe('现场照片gpj.exe');
    expect(safeName(' \u2067乙区\u2069\n分局 ')).toBe('乙区 分局');
    expect(safeName('\ufeff丙区')).toBe('丙区');
  });
});

describe('xmlSafe', () => {
  it('removes what XML cannot hold and keeps the rest, line breaks included', () => {
    expect(xmlSafe('甲\u000b区\u0000\n乙\ud800区\uffff')).toBe('甲区\n乙区');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => xmlLegal(xmlSafe(text))),
      { numRuns: 500 },
    );
  });
});

describe('safeDeep', () => {
  it('cleans every string of a record and keeps other values', () => {
    const record = { id: 'a\u0000', values: [1, 'x\u000by', null], nested: { name: 'n\r\n' }, flag: true };
    expect(safeDeep(record)).toEqual({ id: 'a', values: [1, 'x\ny', null], nested: { name: 'n\n' }, flag: true });
  });
});
