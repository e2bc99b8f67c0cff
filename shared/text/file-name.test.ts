/* eslint-disable no-control-regex -- finding control characters is what this file is for */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FILE_NAME_MAX_BYTES, safeFileName } from './file-name';

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

describe('safeFileName', () => {
  it('replaces path separators and reserved characters, so 城关区/高新区 is one file', () => {
    expect(safeFileName('城关区/高新区-评价报告.docx')).toBe('城关区_高新区-评价报告.docx');
    expect(safeFileName('a\\b:c*d?e"f<g>h|i.txt')).toBe('a_b_c_d_e_f_g_h_i.txt');
    expect(safeFileName('CON.docx')).toBe('_CON.docx');
    expect(safeFileName('..')).toBe('未命名');
    expect(safeFileName(' 报告. ')).toBe('报告');
  });

  it('cuts long names to 200 UTF-8 bytes, keeping the extension and whole characters', () => {
    const name = safeFileName(`${'很长的单位名称'.repeat(20)}-评价报告.docx`);
    expect(byteLength(name)).toBeLessThanOrEqual(FILE_NAME_MAX_BYTES);
    expect(name.endsWith('.docx')).toBe(true);
    expect(name).not.toContain('\ufffd');
  });

  it('always gives a writable name of at most 200 bytes, without separators or control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const name = safeFileName(text);
        return (
          name.length > 0 && byteLength(name) <= FILE_NAME_MAX_BYTES && !/[/\\\u0000-\u001f]/.test(name) && name !== '.' && name !== '..'
        );
      }),
      { numRuns: 300 },
    );
  });
});
