// The .kaoping evaluation package: a zip with manifest.json, one JSON entry per table under
// data/, and evidence files under attachments/. This file owns the format and its schemas.
import { z } from 'zod';

export const PACKAGE_TYPE = 'kaoping-package';
/** The format this build writes and the newest it reads. */
export const FORMAT_VERSION = 1;

export const TABLES = ['documents', 'items', 'units', 'evaluations', 'assessments', 'indicatorSystems', 'rubricEvaluations', 'rubricInputs', 'evidence', 'rectifications', 'unitAliases'] as const;
export type TableName = (typeof TABLES)[number];

/** Limits for reading untrusted packages, in bytes. */
export const LIMITS = { packageBytes: 200 * 1024 * 1024, entryBytes: 100 * 1024 * 1024, totalBytes: 500 * 1024 * 1024, entries: 10_000 } as const;

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

const metaSchema = z.object({ rev: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{6,64}$/), ancestors: z.array(z.string()).max(256), changedBy: z.string().max(200), changedAt: z.string().max(40) });
const idSchema = z.string().min(1).max(300);
const base = { id: idSchema, meta: metaSchema.optional() };
const singleInput = z.union([z.number().finite(), z.array(z.number().int()).max(100)]);
/** A rubric input: one value, or for a rule with several inputs an object by input name (shared/scoring/rule-points.ts). */
const inputValue = z.union([singleInput, z.record(z.string().min(1).max(100), singleInput), z.null()]);

/** Per table: the fields a record must have to be merged safely; other fields pass through. */
export const TABLE_SCHEMAS: Record<TableName, z.ZodType> = {
  documents: z.looseObject({ ...base, title: z.string() }),
  items: z.looseObject({ ...base, documentId: idSchema, kind: z.enum(['section', 'task', 'measure']), order: z.number().int() }),
  units: z.looseObject({ ...base, name: z.string().min(1).max(200) }),
  evaluations: z.looseObject({ ...base, documentId: idSchema, unitIds: z.array(idSchema) }),
  assessments: z.looseObject({ ...base, evaluationId: idSchema, unitId: idSchema, itemId: idSchema, status: z.enum(['implemented', 'partial', 'notImplemented', 'notApplicable']) }),
  indicatorSystems: z.looseObject({ ...base, title: z.string(), indicators: z.array(z.looseObject({ id: idSchema, role: z.string(), maxPoints: z.number().int() })) }),
  rubricEvaluations: z.looseObject({ ...base, systemId: idSchema, unitIds: z.array(idSchema) }),
  rubricInputs: z.looseObject({ ...base, evaluationId: idSchema, unitId: idSchema, indicatorId: idSchema, value: inputValue }),
  evidence: z.looseObject({ ...base, inputId: idSchema, evaluationId: idSchema, name: z.string().max(300), size: z.number().int().min(0), attachment: z.string().regex(/^attachments\/[\w.-]+$/) }),
  unitAliases: z.looseObject({ ...base, canonical: z.string().min(1).max(200) }),
  rectifications: z.looseObject({
    ...base,
    evaluationId: idSchema,
    unitId: idSchema,
    problem: z.string().max(5000),
    status: z.enum(['notStarted', 'inProgress', 'done', 'closed']),
    progress: z.array(z.object({ date: z.string().max(40), note: z.string().max(5000), by: z.string().max(200), status: z.enum(['notStarted', 'inProgress', 'done', 'closed']) })).max(1000),
  }),
};

export const manifestSchema = z.object({
  type: z.literal(PACKAGE_TYPE),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  createdBy: z.string().max(200),
  createdAt: z.string().max(40),
  scope: z.object({ kind: z.enum(['evaluation', 'units', 'inspector', 'ledger', 'backup']), description: z.string().max(500), evaluationId: z.string().optional(), unitIds: z.array(z.string()).optional(), inspector: z.string().optional() }),
  entries: z.array(z.object({ path: z.string().max(300), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).max(LIMITS.entries),
});

/** Tables of records (evidence without its bytes) and attachment bytes by path. */
export type PackageData = {
  tables: Partial<Record<TableName, Array<{ id: string } & Record<string, unknown>>>>;
  attachments: Map<string, Uint8Array>;
};
