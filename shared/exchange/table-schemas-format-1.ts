// The tables of a format-1 package (before the one evaluation model): checklist inspections in
// `evaluations`, their statuses in `assessments`, rubric evaluations and their cells in
// `rubricEvaluations`/`rubricInputs`, rectifications naming their source by `evaluationId` +
// `sourceId`. Used only to check a format-1 package before restore-format-1.ts converts it; every
// other table is the same as in format 2.
import { z } from 'zod';

import { idField, isoDateField, LIST_LIMIT, textField } from '../domain/record-fields';
import { inputSchema, rectificationFields, TABLE_SCHEMAS, tieRule, versioned } from './table-schemas';

/** The tables a format-1 package may hold, in the order they are read. */
export const FORMAT_1_TABLES = [
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
export type Format1TableName = (typeof FORMAT_1_TABLES)[number];

/** Each format-1 table's name in the package reader's messages (zh-CN), as format 1 named them. */
export const FORMAT_1_LABELS: Record<Format1TableName, string> = {
  documents: '政策文件',
  items: '任务清单条目',
  units: '被评价单位',
  evaluations: '清单评价',
  assessments: '落实情况',
  indicatorSystems: '指标体系',
  rubricEvaluations: '指标评价',
  rubricInputs: '评分',
  evidence: '佐证材料',
  rectifications: '整改事项',
  unitAliases: '单位名录',
};

const unitIds = z.array(idField).max(LIST_LIMIT);

/** Per format-1 table: the schema its records must meet (strict, as in format 2). */
export const FORMAT_1_SCHEMAS = {
  documents: TABLE_SCHEMAS.documents,
  items: TABLE_SCHEMAS.items,
  units: TABLE_SCHEMAS.units,
  evaluations: z.strictObject({ ...versioned, name: textField, documentId: idField, unitIds, tieRule, createdAt: isoDateField }),
  assessments: z.strictObject({
    ...versioned,
    evaluationId: idField,
    unitId: idField,
    itemId: idField,
    status: z.enum(['implemented', 'partial', 'notImplemented', 'notApplicable']),
    note: textField,
    updatedAt: isoDateField,
  }),
  indicatorSystems: TABLE_SCHEMAS.indicatorSystems,
  rubricEvaluations: z.strictObject({
    ...versioned,
    name: textField,
    systemId: idField,
    unitIds,
    tieRule,
    notApplicable: z.enum(['rescale', 'zero']),
    createdAt: isoDateField,
  }),
  rubricInputs: inputSchema,
  evidence: TABLE_SCHEMAS.evidence,
  rectifications: z.strictObject({ ...rectificationFields, evaluationId: idField, sourceId: idField }),
  unitAliases: TABLE_SCHEMAS.unitAliases,
} satisfies Record<Format1TableName, z.ZodType>;

/** A record of format-1 table `T` (inferred from its schema). */
export type Format1Record<T extends Format1TableName> = z.infer<(typeof FORMAT_1_SCHEMAS)[T]>;

/** Format-1 package data after its check: each table's records with their inferred type. */
export type Format1Tables = { [T in Format1TableName]?: Array<Format1Record<T>> };
