import { describe, expect, it } from 'vitest';

import { EVIDENCE_LIMITS, evidenceFileInfo, isVerifiedRaster, safeEvidenceName, sniffEvidenceType } from './evidence-file';

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('sniffEvidenceType', () => {
  it('recognises pictures and PDF by their bytes only', () => {
    expect(sniffEvidenceType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffEvidenceType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffEvidenceType(bytes('GIF89a...'))).toBe('image/gif');
    expect(sniffEvidenceType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffEvidenceType(bytes('   %PDF-1.7'))).toBe('application/pdf');
  });

  it('gives octet-stream to everything else: SVG, HTML, XML, a PNG name on HTML bytes, truncated headers', () => {
    for (const content of [
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '<!doctype html><script>1</script>',
      '<?xml version="1.0"?><a/>',
      'RIFF1234WAVE',
      'GIF8',
    ]) {
      expect(sniffEvidenceType(bytes(content))).toBe('application/octet-stream');
    }
    expect(sniffEvidenceType(new Uint8Array())).toBe('application/octet-stream');
    expect(isVerifiedRaster('image/svg+xml')).toBe(false);
    expect(isVerifiedRaster('application/pdf')).toBe(false);
    expect(isVerifiedRaster('image/png')).toBe(true);
  });
});

describe('safeEvidenceName', () => {
  it('removes the bidi override that disguises an executable, and stores executables as .bin', () => {
    expect(safeEvidenceName('现场照片\u202egpj.exe')).toBe('现场照片gpj_exe.bin');
    for (const extension of ['exe', 'hta', 'lnk', 'scr', 'bat', 'cmd', 'js', 'vbs', 'ps1', 'msi', 'com', 'html', 'svg', 'EXE']) {
      expect(safeEvidenceName(`材料.${extension}`)).toBe(`材料_${extension}.bin`);
    }
    expect(safeEvidenceName('会议纪要.docx')).toBe('会议纪要.docx');
    expect(safeEvidenceName('照片.jpg.exe.')).toBe('照片.jpg_exe.bin');
  });

  it('never gives an empty or path-like name', () => {
    expect(safeEvidenceName('../../etc/passwd')).toBe('_._etc_passwd');
    expect(safeEvidenceName('\u200b\u0000')).toBe('佐证');
  });
});

describe('evidenceFileInfo', () => {
  it('refuses a file over the per-file cap, naming it', () => {
    expect(() => evidenceFileInfo('大.jpg', new Uint8Array(EVIDENCE_LIMITS.fileBytes + 1))).toThrow(
      '佐证“大.jpg”有 30.0 MB，超过单个文件上限 30.0 MB',
    );
    expect(evidenceFileInfo('x.png', bytes([0xff, 0xd8, 0xff]))).toEqual({ name: 'x.png', type: 'image/jpeg', size: 3 });
  });
});
