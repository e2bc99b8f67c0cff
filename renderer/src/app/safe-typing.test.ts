import { describe, expect, it } from 'vitest';

import { cleanedCaret, typedText } from './safe-typing';

describe('typedText: the step every typed or pasted value goes through', () => {
  it('removes control characters, NULs, lone surrogates and zero-width or bidi characters; keeps spaces, tabs and line breaks', () => {
    expect(typedText('甲\u200b区')).toBe('甲区');
    expect(typedText('整改\u0000措施\u000b第二行\ud800')).toBe('整改措施\n第二行');
    expect(typedText('现场照片\u202egpj.exe')).toBe('现场照片gpj.exe');
    expect(typedText('乙区 ')).toBe('乙区 ');
    expect(typedText('一\t二\n三')).toBe('一\t二\n三');
    expect(typedText('e\u0301')).toBe('\u00e9');
  });

  it('puts the caret after the same character it followed', () => {
    const pasted = '甲\u200b\u0000区分局';
    expect(cleanedCaret(pasted, 4)).toBe(2);
    expect(typedText(pasted).slice(0, cleanedCaret(pasted, 4))).toBe('甲区');
  });
});
