// The lies a hostile sender tells in a .kaoping package with valid checksums (the manifest is
// rewritten, so only the meaning is wrong): evidence declared as HTML or SVG, hostile file and unit
// names, control characters in notes, and scope lies — a one-unit package that changes the shared
// indicator system or evaluation with a forged revision history, scores another unit, claims an
// inspector scope for another inspector's scores, or declares hashes its records do not match.
import { createHash } from 'node:crypto';

import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

import { revise } from '#shared/domain/record-meta';

import { HOSTILE_NAMES, type Mutation, mutation } from './mutation';
import { leadOffice } from './package-scenario';

type Row = { id: string } & Record<string, unknown>;
type Parts = {
  manifest: Record<string, unknown> & { scope: Record<string, unknown> };
  tables: Record<string, Row[]>;
  attachments: Record<string, Uint8Array>;
};

const LATER = '2026-11-24T08:00:00Z';

/** The package's manifest, tables and attachments, or null when it does not unpack. */
function unpack(bytes: Uint8Array): Parts | null {
  try {
    const files = unzipSync(bytes);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Parts['manifest'];
    const tables: Parts['tables'] = {};
    const attachments: Parts['attachments'] = {};
    for (const [path, content] of Object.entries(files)) {
      if (path.startsWith('data/')) tables[path.slice(5, -5)] = JSON.parse(strFromU8(content)) as Row[];
      if (path.startsWith('attachments/')) attachments[path] = content;
    }
    return manifest && typeof manifest.scope === 'object' ? { manifest, tables, attachments } : null;
  } catch {
    return null;
  }
}

/** The package rebuilt with a manifest whose sizes and SHA-256 sums match the (changed) entries. */
function repack(parts: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = { ...parts.attachments };
  for (const [table, records] of Object.entries(parts.tables)) files[`data/${table}.json`] = strToU8(JSON.stringify(records));
  const entries = Object.entries(files).map(([path, bytes]) => ({
    path,
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }));
  return zipSync({ 'manifest.json': strToU8(JSON.stringify({ ...parts.manifest, entries })), ...files });
}

/** A mutation that changes the package's meaning and keeps its checksums valid. */
function lie(label: string, change: (parts: Parts) => void): Mutation {
  return mutation(`package: ${label}`, (bytes) => {
    const parts = unpack(bytes);
    if (!parts) return bytes;
    change(parts);
    return repack(parts);
  });
}

/** `record` changed and restamped as if by `by`: a valid hash and a history claiming descent from the office's version. */
const forged = (record: Row, change: Record<string, unknown>, by = '组长') => revise({ ...record, ...change }, record, by, LATER);
const first = (parts: Parts, table: string): Row | undefined => parts.tables[table]?.[0];
const replaceFirst = (parts: Parts, table: string, change: (record: Row) => Row) => {
  const record = first(parts, table);
  if (record) parts.tables[table] = [change(record), ...parts.tables[table]!.slice(1)];
};

const SCRIPTED = {
  'text/html': '<!doctype html><script>indexedDB.open("kaoping")</script>',
  'image/svg+xml': '<svg xmlns="http://www.w3.org/2000/svg" onload="indexedDB.deleteDatabase(\'kaoping\')"><script>alert(1)</script></svg>',
} as const;

/** Evidence whose declared type would render as a page in the app's origin. */
const declaredType = fc.constantFrom(...(Object.keys(SCRIPTED) as Array<keyof typeof SCRIPTED>)).map((type) =>
  lie(`evidence declared ${type}`, (parts) => {
    const record = first(parts, 'evidence');
    if (!record) return;
    const bytes = strToU8(SCRIPTED[type]);
    parts.attachments[String(record.attachment)] = bytes;
    replaceFirst(parts, 'evidence', () => ({
      ...record,
      type,
      size: bytes.byteLength,
      name: type === 'text/html' ? '说明.html' : '图.svg',
    }));
  }),
);

const hostileName = fc.constantFrom(...HOSTILE_NAMES);

const evidenceName = hostileName.map((name) =>
  lie(`evidence named ${JSON.stringify(name.slice(0, 12))}`, (parts) => replaceFirst(parts, 'evidence', (record) => ({ ...record, name }))),
);

const unitName = hostileName.map((name) =>
  lie(`unit named ${JSON.stringify(name.slice(0, 12))}`, (parts) =>
    replaceFirst(parts, 'units', (record) => forged(record, { name }, '张三')),
  ),
);

const noteControls = fc
  .constantFrom('见\u000b附件', '\u0000', '整改\u001b[31m中', '\ud800半个')
  .map((note) =>
    lie(`note ${JSON.stringify(note)}`, (parts) => replaceFirst(parts, 'inputs', (record) => forged(record, { note }, '张三'))),
  );

/** What the office holds, by table and id: the base a forged history claims to descend from. */
const office = () => leadOffice().tables as Record<string, Row[]>;

/** The scope lies, each one fixed mutation (the unit tests feed every one). */
export const SCOPE_LIES: readonly Mutation[] = [
  lie('scope lie: 分值 raised from a one-unit package', (parts) =>
    replaceFirst(parts, 'indicatorSystems', (system) =>
      forged(system, {
        indicators: (system.indicators as Row[]).map((indicator) =>
          indicator.id === 'i1' ? { ...indicator, maxPoints: 3000 } : indicator,
        ),
      }),
    ),
  ),
  lie('scope lie: 西工区 dropped and tie rule switched', (parts) =>
    replaceFirst(parts, 'evaluations', (evaluation) => forged(evaluation, { unitIds: ['u1'], tieRule: 'dense' })),
  ),
  lie(
    'scope lie: 西工区 rescored',
    (parts) => (parts.tables.inputs = [...(parts.tables.inputs ?? []), forged(office().inputs![0]!, { value: 0 })]),
  ),
  lie('scope lie: new unit added to the evaluation', (parts) => {
    parts.tables.units = [...(parts.tables.units ?? []), revise({ id: 'u9', name: '高新区', createdAt: LATER }, undefined, '张三', LATER)];
    replaceFirst(parts, 'evaluations', (evaluation) => forged(evaluation, { unitIds: ['u1', 'u2', 'u9'] }));
  }),
  lie("scope lie: inspector scope over another inspector's score", (parts) => {
    parts.manifest.scope = { kind: 'inspector', description: '张三的评分', evaluationId: 'e1', inspector: '张三' };
    parts.tables.inputs = [...(parts.tables.inputs ?? []), forged(office().inputs![1]!, { value: 0 }, '李四')];
  }),
  lie('scope lie: full scope of another evaluation', (parts) => {
    parts.manifest.scope = { kind: 'evaluation', description: '另一次评价', evaluationId: 'e-other' };
    replaceFirst(parts, 'indicatorSystems', (system) => forged(system, { title: '改过的指标体系' }));
  }),
  lie('scope lie: declared hash does not match the content', (parts) =>
    replaceFirst(parts, 'inputs', (record) => ({ ...record, value: 0 })),
  ),
  lie('scope lie: history of another record declared', (parts) =>
    replaceFirst(parts, 'inputs', (record) => ({ ...record, meta: office().inputs![0]!.meta })),
  ),
];
const scopeLies = fc.constantFrom(...SCOPE_LIES);

/** Every lie above, picked at random. */
export const packageLies: fc.Arbitrary<Mutation> = fc.oneof(declaredType, evidenceName, unitName, noteControls, scopeLies, scopeLies);
