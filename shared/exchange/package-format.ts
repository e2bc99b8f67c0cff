// The .kaoping evaluation package: a zip with manifest.json, one JSON entry per table under
// data/, and evidence files under attachments/. This file owns the format and its schemas.
import { z } from 'zod';

export const PACKAGE_TYPE = 'kaoping-package';
/** The format this build writes and the newest it reads. */
export const FORMAT_VERSION = 1;

export const TABLES = [
  'documents',
  'items',
  'units',
  'evaluations',
  'assessments',
  'indicatorSystems',
  'rubricEvaluations',
  'rubricInputs',
  'evidence',
  'rectifications',
  'unitAliases',
] as const;
export type TableName = (typeof TABLES)[number];

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

const metaSchema = z.object({
  rev: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{6,64}$/),
  ancestors: z.array(z.string()).max(256),
  changedBy: z.string().max(200),
  changedAt: z.string().max(40),
});
const idSchema = z.string().min(1).max(300);
const base = { id: idSchema, meta: metaSchema.optional() };
const singleInput = z.union([z.number().finite(), z.array(z.number().int()).max(100)]);
/** A rubric input: one value, or for a rule with several inputs an object by input name (shared/scoring/rule-points.ts). */
const inputValue = z.union([singleInput, z.record(z.string().min(1).max(100), singleInput), z.null()]);

/** Longest text a record may hold in one field, in characters (Excel's cell limit, 32,767, with room for a prefix). */
export const TEXT_LIMIT = 32_000;
const name = z.string().max(200);
const text = z.string().max(TEXT_LIMIT);
const textList = z.array(text).max(1000);
const rectificationStatus = z.enum(['notStarted', 'inProgress', 'done', 'closed']);
const deadline = z.looseObject({ text: z.string().max(500), date: z.string().max(40).nullable() }).nullable();
const indicator = z.looseObject({
  id: idSchema,
  // Fields written by later versions are optional, so older backups still restore.
  parentId: idSchema.nullable().optional(),
  role: z.enum(['category', 'group', 'indicator', 'bonus', 'penalty']),
  name: z.string().max(500),
  maxPoints: z.number().int().min(-10_000_000).max(10_000_000),
  capped: z.boolean().optional(),
  ruleText: text.optional(),
  // `rule` passes through: the rule model's own schema belongs with the rule parser.
  warnings: textList.optional(),
  checklistItemIds: z.array(idSchema).max(10_000).optional(),
});

/**
 * Per table: the schema every record a package or backup carries must meet — types, enums and
 * lengths of the fields the app reads; further fields pass through (strings in them are bounded
 * by TEXT_LIMIT when read).
 */
export const TABLE_SCHEMAS: Record<TableName, z.ZodType> = {
  documents: z.looseObject({ ...base, title: text }),
  items: z.looseObject({ ...base, documentId: idSchema, kind: z.enum(['section', 'task', 'measure']), order: z.number().int() }),
  units: z.looseObject({ ...base, name: name.min(1) }),
  evaluations: z.looseObject({ ...base, documentId: idSchema, unitIds: z.array(idSchema) }),
  assessments: z.looseObject({
    ...base,
    evaluationId: idSchema,
    unitId: idSchema,
    itemId: idSchema,
    status: z.enum(['implemented', 'partial', 'notImplemented', 'notApplicable']),
  }),
  indicatorSystems: z.looseObject({ ...base, title: text, indicators: z.array(indicator).max(10_000) }),
  rubricEvaluations: z.looseObject({
    ...base,
    name: z.string().max(500).optional(),
    systemId: idSchema,
    unitIds: z.array(idSchema).max(10_000),
    tieRule: z.enum(['competition', 'dense']).optional(),
    notApplicable: z.enum(['rescale', 'zero']).optional(),
  }),
  rubricInputs: z.looseObject({
    ...base,
    evaluationId: idSchema,
    unitId: idSchema,
    indicatorId: idSchema,
    value: inputValue,
    note: text.optional(),
    inspector: name.optional(),
  }),
  evidence: z.looseObject({
    ...base,
    inputId: idSchema,
    evaluationId: idSchema,
    name: z.string().max(300),
    size: z.number().int().min(0),
    attachment: z.string().regex(/^attachments\/[\w.-]+$/),
  }),
  unitAliases: z.looseObject({ ...base, canonical: z.string().min(1).max(200) }),
  rectifications: z.looseObject({
    ...base,
    evaluationId: idSchema,
    unitId: idSchema,
    unitName: name.optional(),
    problem: z.string().max(5000),
    target: text.optional(),
    measures: text.optional(),
    responsibleUnits: z.array(name).max(200).optional(),
    owner: name.optional(),
    deadline: deadline.optional(),
    status: rectificationStatus,
    progress: z.array(z.object({ date: z.string().max(40), note: z.string().max(5000), by: name, status: rectificationStatus })).max(1000),
    closedOn: z.string().max(40).nullable().optional(),
    closedBy: name.nullable().optional(),
  }),
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
