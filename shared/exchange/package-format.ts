// The .kaoping evaluation package: a zip with manifest.json, one JSON entry per table under
// data/, and evidence files under attachments/. This file owns the format and the manifest's schema;
// the records' schemas are in table-schemas.ts.
import { z } from 'zod';

export const PACKAGE_TYPE = 'kaoping-package';
/** The format this build writes and the newest it reads. */
export const FORMAT_VERSION = 2;

/** Tables of format 2: every evaluation (checklist or indicator system) in `evaluations`, every cell in `inputs`. */
export const TABLES = [
  'documents',
  'items',
  'units',
  'evaluations',
  'inputs',
  'indicatorSystems',
  'evidence',
  'rectifications',
  'unitAliases',
] as const;
export type TableName = (typeof TABLES)[number];

/** Each table's name in the messages the package reader gives (zh-CN). */
export const TABLE_LABELS: Record<TableName, string> = {
  documents: '政策文件',
  items: '任务清单条目',
  units: '被评价单位',
  evaluations: '评价批次',
  inputs: '评分',
  indicatorSystems: '指标体系',
  evidence: '佐证材料',
  rectifications: '整改事项',
  unitAliases: '单位名录',
};

/** Limits for reading untrusted packages, in bytes. */
export const LIMITS = {
  packageBytes: 200 * 1024 * 1024,
  entryBytes: 100 * 1024 * 1024,
  totalBytes: 500 * 1024 * 1024,
  entries: 10_000,
} as const;

export type PackageScope = {
  kind: 'evaluation' | 'units' | 'inspector' | 'ledger' | 'backup';
  description: string;
  evaluationId?: string;
  unitIds?: string[];
  inspector?: string;
};

export type ManifestEntry = { path: string; size: number; sha256: string };

export type Manifest = {
  type: typeof PACKAGE_TYPE;
  formatVersion: number;
  appVersion: string;
  createdBy: string;
  createdAt: string;
  scope: PackageScope;
  entries: ManifestEntry[];
};

export const manifestSchema = z.object({
  type: z.literal(PACKAGE_TYPE),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  createdBy: z.string().max(200),
  createdAt: z.string().max(40),
  scope: z.object({
    kind: z.enum(['evaluation', 'units', 'inspector', 'ledger', 'backup']),
    description: z.string().max(500),
    evaluationId: z.string().optional(),
    unitIds: z.array(z.string()).optional(),
    inspector: z.string().optional(),
  }),
  entries: z
    .array(z.object({ path: z.string().max(300), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
    .max(LIMITS.entries),
});

/** Tables of records (evidence without its bytes) and attachment bytes by path. */
export type PackageData = {
  tables: Partial<Record<TableName, Array<{ id: string } & Record<string, unknown>>>>;
  attachments: Map<string, Uint8Array>;
};
