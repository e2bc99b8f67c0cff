import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { revise } from '../domain/record-meta';
import { PackageError } from './package-error';
import { LIMITS, type PackageData } from './package-format';
import { readPackage } from './read-package';
import { buildPackage } from './write-package';

/** The first bytes of a JPEG file (enough for its type to be recognised). */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff]);
const INFO = {
  appVersion: '0.1.0',
  createdBy: '张三',
  createdAt: '2026-11-23T08:00:00Z',
  scope: { kind: 'evaluation' as const, description: '测试' },
};

function sampleData(): PackageData {
  const unit = revise({ id: 'u1', name: '涧西区', createdAt: '2026-11-01' }, undefined, '张三', '2026-11-01T00:00:00Z');
  const input = revise(
    { id: 'e|u1|i1', evaluationId: 'e', unitId: 'u1', indicatorId: 'i1', value: 2.5, note: '', inspector: '张三', updatedAt: '2026-11-02' },
    undefined,
    '张三',
    '2026-11-02T00:00:00Z',
  );
  const evidence = {
    id: 'ev1',
    inputId: 'e|u1|i1',
    evaluationId: 'e',
    name: '照片.jpg',
    type: 'image/jpeg',
    size: 3,
    addedAt: '2026-11-02T08:00:00Z',
    inspector: '张三',
    attachment: 'attachments/ev1',
  };
  return { tables: { units: [unit], inputs: [input], evidence: [evidence] }, attachments: new Map([['attachments/ev1', JPEG]]) };
}

/** Rewrites entries of a built package (to forge bad packages). */
function tamper(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files);
}

async function refusal(bytes: Uint8Array, limits = LIMITS): Promise<PackageError> {
  try {
    await readPackage(bytes, '张三.kaoping', limits);
  } catch (error) {
    expect(error).toBeInstanceOf(PackageError);
    return error as PackageError;
  }
  throw new Error('package was accepted');
}

describe('readPackage', () => {
  it('reads back exactly what was written, attachments included', async () => {
    const data = sampleData();
    const { manifest, data: read } = await readPackage(await buildPackage(data, INFO), 'a.kaoping');
    expect(manifest).toMatchObject({ type: 'kaoping-package', formatVersion: 2, createdBy: '张三' });
    expect(manifest.entries.map((entry) => entry.path).sort()).toEqual([
      'attachments/ev1',
      'data/evidence.json',
      'data/inputs.json',
      'data/units.json',
    ]);
    expect(read.tables).toEqual(data.tables);
    expect(read.attachments.get('attachments/ev1')).toEqual(JPEG);
  });

  it('refuses a truncated zip', async () => {
    const bytes = await buildPackage(sampleData(), INFO);
    expect((await refusal(bytes.subarray(0, bytes.length - 40))).message).toContain('不是有效的评价包');
  });

  it('refuses a changed entry whose checksum no longer matches, naming it', async () => {
    const bytes = tamper(await buildPackage(sampleData(), INFO), (files) => {
      files['data/units.json'] = strToU8(JSON.stringify([{ id: 'u1', name: '被改过的名字', createdAt: '' }]));
    });
    const error = await refusal(bytes);
    expect(error.entry).toBe('data/units.json');
    expect(error.message).toContain('校验和不符');
  });

  it('refuses a newer format version, naming the version', async () => {
    const bytes = tamper(await buildPackage(sampleData(), INFO), (files) => {
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<string, unknown>;
      files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: 7 }));
    });
    expect((await refusal(bytes)).message).toContain('该评价包为第 7 版格式，本程序只能读取第 2 版');
  });

  it('refuses oversized entries before inflating them (zip bombs)', async () => {
    const bomb = zipSync({ 'manifest.json': new Uint8Array(10), 'data/units.json': new Uint8Array(50_000) });
    const error = await refusal(bomb, { ...LIMITS, entryBytes: 10_000 });
    expect(error.message).toContain('超过上限');
    expect(error.entry).toBe('data/units.json');
  });

  it('refuses records that fail their schema, naming table, record and field', async () => {
    const data = sampleData();
    data.tables.inputs = [{ ...data.tables.inputs![0]!, value: '五分' }];
    const error = await refusal(await buildPackage(data, INFO));
    expect(error.entry).toBe('data/inputs.json');
    expect(error.message).toContain(
      '评分（inputs）第 1 条记录（id “e|u1|i1”）字段 value：应为数字、列表、对象、空值（null）之一，实为文字',
    );
  });

  it('refuses prototype-pollution keys and missing attachments', async () => {
    const polluted = sampleData();
    polluted.tables.units = [JSON.parse('{"id":"u2","name":"x","createdAt":"2026-11-01","__proto__":{"admin":true}}') as { id: string }];
    expect((await refusal(await buildPackage(polluted, INFO))).message).toContain('不允许的字段名“__proto__”');
    const orphan = sampleData();
    orphan.attachments.clear();
    expect((await refusal(await buildPackage(orphan, INFO))).message).toContain('附件“attachments/ev1”缺失');
  });

  it('refuses entries that the manifest does not list', async () => {
    const bytes = tamper(await buildPackage(sampleData(), INFO), (files) => {
      files['data/evaluations.json'] = strToU8('[]');
    });
    expect((await refusal(bytes)).message).toContain('未登记在 manifest.json 中');
  });

  it('refuses a record whose declared revision hash is not its content, naming entry and record', async () => {
    const data = sampleData();
    const [input] = data.tables.inputs!;
    data.tables.inputs = [{ ...input!, value: 30 }];
    const error = await refusal(await buildPackage(data, INFO));
    expect(error.entry).toBe('data/inputs.json');
    expect(error.message).toContain('记录“e|u1|i1”声明的修订哈希');
    expect(error.message).toContain('不符');
  });

  it('keeps evidence as data: the type from its bytes, a safe name, the real size', async () => {
    const data = sampleData();
    const html = strToU8('<html><script>indexedDB.open("kaoping")</script></html>');
    data.tables.evidence = [
      { ...data.tables.evidence![0]!, name: '现场照片\u202egpj.exe', type: 'image/jpeg', size: 1 },
      { ...data.tables.evidence![0]!, id: 'ev2', name: '说明.html', type: 'text/html', attachment: 'attachments/ev2' },
      { ...data.tables.evidence![0]!, id: 'ev3', name: 'a.svg', type: 'image/svg+xml', attachment: 'attachments/ev3' },
    ];
    data.attachments.set('attachments/ev2', html);
    data.attachments.set('attachments/ev3', strToU8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'));
    const { data: read } = await readPackage(await buildPackage(data, INFO), 'a.kaoping');
    expect(read.tables.evidence!.map((record) => [record.name, record.type, record.size])).toEqual([
      ['现场照片gpj_exe.bin', 'image/jpeg', 3],
      ['说明_html.bin', 'application/octet-stream', html.byteLength],
      ['a_svg.bin', 'application/octet-stream', 59],
    ]);
  });

  it('cleans text on the way in: control characters, zero-width and bidi characters in names', async () => {
    const data = sampleData();
    data.tables.units = [
      revise({ id: 'u1', name: '甲\u200b区\u0000', createdAt: '2026-11-01' }, undefined, '张\u202e三', '2026-11-01T00:00:00Z'),
    ];
    data.tables.inputs = [
      revise({ ...data.tables.inputs![0]!, meta: undefined, note: '一是\u000b二是' }, undefined, '张三', '2026-11-01T00:00:00Z'),
    ];
    const { data: read } = await readPackage(await buildPackage(data, INFO), 'a.kaoping');
    expect(read.tables.units![0]).toMatchObject({ name: '甲区', meta: { changedBy: '张三' } });
    expect(read.tables.inputs![0]!.note).toBe('一是\n二是');
    // The stored revision stays consistent with the cleaned content (it is checked again on the next import).
    const again = await readPackage(await buildPackage(read, INFO), 'b.kaoping');
    expect(again.data.tables.units).toEqual(read.tables.units);
  });

  it('refuses evidence over the per-package cap (one large attachment referenced by many records)', async () => {
    const data = sampleData();
    const big = new Uint8Array(20 * 1024 * 1024);
    data.attachments.set('attachments/ev1', big);
    data.tables.evidence = Array.from({ length: 16 }, (_, index) => ({ ...data.tables.evidence![0]!, id: `ev${index}` }));
    const error = await refusal(await buildPackage(data, INFO));
    expect(error.entry).toBe('data/evidence.json');
    expect(error.message).toContain('佐证材料合计超过 300.0 MB');
  });
});
