import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { buildDefaultTemplate } from './report-template';
import { openTemplateArchive, xmlDepth } from './template-archive';

/** The default template with hostile additions: a remote image, a UNC attachedTemplate, an altChunk, an OLE object, macros. */
async function hostileTemplate(): Promise<Uint8Array> {
  const files = unzipSync(await buildDefaultTemplate());
  const rels = strFromU8(files['word/_rels/document.xml.rels']!);
  files['word/_rels/document.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://tracker.example/p.png" TargetMode="External"/>' +
        '<Relationship Id="rX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.gov.cn/" TargetMode="External"/>' +
        '<Relationship Id="rX3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.html"/>' +
        '<Relationship Id="rX4" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  files['word/_rels/settings.xml.rels'] = strToU8(
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file://\\\\evil\\share\\t.dotm" TargetMode="External"/></Relationships>',
  );
  const settings = strFromU8(files['word/settings.xml']!);
  files['word/settings.xml'] = strToU8(settings.replace(/(<w:settings[^>]*>)/, '$1<w:attachedTemplate r:id="rT"/>'));
  const document = strFromU8(files['word/document.xml']!);
  files['word/document.xml'] = strToU8(
    document.replace(
      '<w:body>',
      '<w:body><w:altChunk r:id="rX3"/><w:p><w:r><w:object w:dxaOrig="1"><o:OLEObject r:id="rX5"/></w:object></w:r></w:p>',
    ),
  );
  files['word/vbaProject.bin'] = new Uint8Array([1, 2, 3]);
  files['word/chunk.html'] = strToU8('<html><script>1</script></html>');
  return zipSync(files);
}

describe('openTemplateArchive', () => {
  it('removes external relationships (hyperlinks kept), attachedTemplate, altChunk, OLE objects and macros', async () => {
    const files = unzipSync(openTemplateArchive(await hostileTemplate(), '红头模板.docx'));
    const all = Object.entries(files)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(all).not.toMatch(/tracker\.example|evil|aFChunk|vbaProject|attachedTemplate|w:altChunk|w:object/);
    expect(all).toContain('https://www.gov.cn/');
    expect(files['word/vbaProject.bin']).toBeUndefined();
    expect(strFromU8(files['word/document.xml']!)).toContain('{发文机关}');
  });

  it('refuses a template nested too deep, or over the archive limits, naming it', async () => {
    const files = unzipSync(await buildDefaultTemplate());
    files['word/document.xml'] = strToU8(`${'<w:p>'.repeat(300)}${'</w:p>'.repeat(300)}`);
    expect(() => openTemplateArchive(zipSync(files), '深.docx')).toThrow('模板“深.docx”的部件“word/document.xml”嵌套超过 256 层');
    expect(() =>
      openTemplateArchive(zipSync({ 'word/document.xml': new Uint8Array(5000) }), '大.docx', { entryBytes: 1000, totalBytes: 2000 }),
    ).toThrow('模板“大.docx”无法使用');
    expect(xmlDepth('<a><b/><c><d></d></c></a>')).toBe(3);
  });
});
