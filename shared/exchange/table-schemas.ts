// The full schema of every record a format-2 package or backup carries, table by table: every field the
// app reads, with its type, enum, bounds and date form. Records are strict objects: a field this
// build does not know is refused (named), never stored unchecked nor silently dropped — a later
// writer that adds a field raises FORMAT_VERSION, which older builds refuse with a clear message.
// Fields later versions added to a table that already existed stay optional, so every backup and
// package any earlier build wrote still reads. The inferred record types are checked against the
// stored (Dexie) types in renderer/src/db/record-schemas.test.ts.
import { z } from 'zod';

import { countField, idField, isoDateField, LIST_LIMIT, measureField, nameField, pointsField, textField } from '../domain/record-fields';
import { scoringRuleSchema } from '../domain/rule-model-schema';
import type { PackageData, TableName } from './package-format';

const textList = z.array(textField).max(LIST_LIMIT);
const idList = z.array(idField).max(LIST_LIMIT);
/** Units as a document names them (牵头单位, 责任单位): read from its text, so bounded as text, not as a curated name. */
const unitNames = z.array(textField).max(1000);
const lineField = z.number().int().min(0).max(10_000_000);
const hash = z.string().regex(/^[0-9a-f]{6,64}$/);

const metaSchema = z.strictObject({
  rev: z.number().int().min(0).max(1_000_000_000),
  hash,
  ancestors: z.array(hash).max(256),
  changedBy: nameField,
  changedAt: isoDateField,
});
/** The id every record has, and the revision every merged record may carry (conflict resolution stamps one on any table). */
export const versioned = { id: idField, meta: metaSchema.optional() };

const deadline = z.strictObject({ text: textField, date: isoDateField.nullable() }).nullable();
export const tieRule = z.enum(['competition', 'dense']);
const readingSource = z.enum(['convention', 'continuation', 'guess']);
const rectificationStatus = z.enum(['notStarted', 'inProgress', 'done', 'closed']);
const singleInput = z.union([measureField, z.array(z.number().int().min(0).max(LIST_LIMIT)).max(1000)]);
/** A rubric input: one value, or for a rule with several inputs an object by input name (shared/scoring/rule-points.ts). */
const inputValue = z.union([singleInput, z.record(z.string().min(1).max(100), singleInput), z.null()]);

const planMeasure = z.strictObject({
  text: textField,
  responsibleUnits: unitNames,
  owner: textField.nullable(),
  deadline,
  line: lineField,
});
const planFinding = z.strictObject({
  area: textField,
  problems: textList,
  targets: textList,
  measures: z.array(planMeasure).max(1000),
  line: lineField,
});

const documentSchema = z.strictObject({
  ...versioned,
  title: textField,
  docNumber: textField.nullable(),
  // url, findings and unparsedLines came after the first stored documents.
  url: textField.nullable().optional(),
  issuer: textField.nullable(),
  issuedOn: isoDateField.nullable(),
  printedOn: isoDateField.nullable(),
  closingText: textList,
  findings: z.array(planFinding).max(1000).optional(),
  unparsedLines: z
    .array(z.strictObject({ line: lineField, text: textField }))
    .max(100_000)
    .optional(),
  conventions: textList.optional(),
  fingerprint: z.string().max(200),
  fileName: textField,
  importedAt: isoDateField,
  itemCount: countField,
  updatedAt: isoDateField.optional(),
});

const itemSchema = z.strictObject({
  ...versioned,
  parentId: idField.nullable(),
  kind: z.enum(['section', 'task', 'measure']),
  number: textField,
  title: textField,
  text: textField,
  leadUnits: unitNames,
  responsibleUnits: unitNames,
  supportingUnits: unitNames,
  // 责任人 came after the first stored items.
  owner: textField.nullable().optional(),
  deadline,
  source: z.strictObject({ line: lineField, tableRow: lineField.optional(), excerpt: textField.optional() }),
  details: z
    .array(z.strictObject({ label: textField, value: textField }))
    .max(1000)
    .optional(),
  readAs: z.strictObject({ owners: readingSource.optional(), deadline: readingSource.optional() }).optional(),
  documentId: idField,
  order: z.number().int().min(0).max(10_000_000),
});

const dataSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('onSite') }),
  z.strictObject({ kind: z.literal('system') }),
  z.strictObject({ kind: z.literal('department'), department: textField }),
]);

const indicatorSchema = z.strictObject({
  id: idField,
  parentId: idField.nullable(),
  role: z.enum(['category', 'group', 'indicator', 'bonus', 'penalty']),
  name: textField,
  maxPoints: pointsField,
  capped: z.boolean(),
  ruleText: textField,
  rule: scoringRuleSchema.nullable(),
  dataSource,
  warnings: textList,
  checklistItemIds: idList,
  review: z.strictObject({ state: z.literal('reviewed'), by: nameField, at: isoDateField }).optional(),
});

const indicatorSystemSchema = z.strictObject({
  ...versioned,
  title: textField,
  indicators: z.array(indicatorSchema).max(LIST_LIMIT),
  // Where the system was imported from: stored by the app, absent from systems the CLI packs.
  fileName: textField.optional(),
  importedAt: isoDateField.optional(),
});

/** A rectification's fields but where it came from (format 1 named that differently). */
export const rectificationFields = {
  ...versioned,
  unitId: idField,
  unitName: nameField,
  problem: textField,
  target: textField,
  measures: textField,
  responsibleUnits: unitNames,
  owner: textField,
  deadline,
  status: rectificationStatus,
  progress: z.array(z.strictObject({ date: isoDateField, note: textField, by: nameField, status: rectificationStatus })).max(LIST_LIMIT),
  closedOn: isoDateField.nullable(),
  closedBy: nameField.nullable(),
  openedOn: isoDateField.optional(),
  edits: z
    .array(
      z.strictObject({
        field: z.enum(['problem', 'target', 'measures', 'responsibleUnits', 'owner', 'deadline']),
        from: textField,
        to: textField,
        by: nameField,
        at: isoDateField,
      }),
    )
    .max(LIST_LIMIT)
    .optional(),
};

/** What an evaluation scores against: one document's checklist, or one indicator system. */
export const basisSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('checklist'), documentId: idField }),
  z.strictObject({ kind: z.literal('indicatorSystem'), systemId: idField }),
]);

/** A cell (an indicator's or a checklist measure's input for one unit); a checklist status is stored as its level. */
export const inputSchema = z.strictObject({
  ...versioned,
  evaluationId: idField,
  unitId: idField,
  indicatorId: idField,
  value: inputValue,
  note: textField,
  inspector: nameField,
  updatedAt: isoDateField,
});

/** Per table: the schema every record a package or backup carries must meet (strict: unknown fields are refused). */
export const TABLE_SCHEMAS = {
  documents: documentSchema,
  items: itemSchema,
  units: z.strictObject({ ...versioned, name: nameField.min(1), createdAt: isoDateField }),
  evaluations: z.strictObject({
    ...versioned,
    name: textField,
    basis: basisSchema,
    unitIds: idList,
    tieRule,
    notApplicable: z.enum(['rescale', 'zero']),
    createdAt: isoDateField,
  }),
  inputs: inputSchema,
  indicatorSystems: indicatorSystemSchema,
  evidence: z.strictObject({
    id: idField,
    inputId: idField,
    evaluationId: idField,
    name: z.string().max(300),
    type: z.string().max(200),
    size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    addedAt: isoDateField,
    inspector: nameField,
    attachment: z.string().regex(/^attachments\/[\w.-]+$/),
  }),
  rectifications: z.strictObject({
    ...rectificationFields,
    source: z.strictObject({ evaluationId: idField, indicatorId: idField }),
  }),
  unitAliases: z.strictObject({ ...versioned, canonical: nameField.min(1), mergedAt: isoDateField }),
} satisfies Record<TableName, z.ZodType>;

/** A record of table `T` as a package or backup carries it (inferred from its schema). */
export type PackageRecord<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>;

/**
 * The records of one table of package data with their inferred type. Input: data read by
 * `readPackage` (so already checked) and a table name. Output: the records, checked again against
 * the table's schema — cheap, and it ties the type to the check instead of asserting it. Throws
 * ZodError for records that never passed `readPackage`.
 */
export function recordsOf<T extends TableName>(data: PackageData, table: T): Array<PackageRecord<T>> {
  const schema: (typeof TABLE_SCHEMAS)[T] = TABLE_SCHEMAS[table];
  return z.parse(z.array(schema), data.tables[table] ?? []);
}
