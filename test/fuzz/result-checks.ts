// What a fuzzed importer may accept: the invariants every result it returns must hold. Each check
// returns problems (developer-facing lines naming the record and field); an empty list means
// valid. Kept independent of the code under test where it can be (own lists of illegal
// characters and dangerous extensions), so a bug there is caught here rather than copied.
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import { canonicalJson, contentHash, type RecordMeta } from '#shared/domain/record-meta';
import type { ChecklistItem, Deadline, Unit } from '#shared/domain/types';
import { sniffEvidenceType } from '#shared/exchange/evidence-file';
import { type PackageData, type PackageScope, TABLES } from '#shared/exchange/package-format';
import type { FillInReading } from '#shared/exchange/read-fill-in';
import { TABLE_SCHEMAS } from '#shared/exchange/table-schemas';
import type { ImportResult } from '#shared/import/import-policy-file';
import { validateRule } from '#shared/rules/edit-rule';
import { scoredIndicators } from '#shared/scoring/score-rubric';
import { validateInput } from '#shared/scoring/validate-input';

/** Largest |points| an indicator or rule amount may hold, in hundredths (100,000 分; the package schema's bound). */
export const POINTS_BOUND = 10_000_000;

/* eslint-disable no-control-regex -- finding control characters is what these patterns are for */
/** XML 1.0 forbids these in any text: C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF. */
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
/* eslint-enable no-control-regex */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Characters that hide or reorder a name (bidi controls, zero-width characters, BOM). */
const HIDING_CHARACTERS = /\p{Cf}/u;
/** Extensions a system runs or a browser renders when a downloaded evidence file is opened. */
const RUNNABLE_EXTENSIONS = /\.(exe|com|scr|pif|bat|cmd|hta|lnk|js|jse|vbs|vbe|wsf|ps1|msi|reg|url|jar|html?|xhtml|svgz?|xml|sh|desktop)$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const show = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Problems of the strings inside any JSON-like value: XML-illegal characters or lone surrogates
 * (each would break a Word export). Input: the value and the path naming it. Output: one line per
 * bad string, at most 20.
 */
export function textProblems(value: unknown, path = ''): string[] {
  const problems: string[] = [];
  const visit = (entry: unknown, at: string, depth: number) => {
    if (problems.length >= 20 || depth > 64) return;
    if (typeof entry === 'string') {
      if (XML_ILLEGAL.test(entry) || LONE_SURROGATE.test(entry))
        problems.push(`${at || '(value)'}: XML-illegal character in ${show(entry)}`);
    } else if (Array.isArray(entry)) entry.forEach((item, index) => visit(item, `${at}[${index}]`, depth + 1));
    else if (entry && typeof entry === 'object')
      for (const [key, item] of Object.entries(entry)) visit(item, at ? `${at}.${key}` : key, depth + 1);
  };
  visit(value, path, 0);
  return problems;
}

/** Problems of a list of records' ids: empty or duplicate ones. */
function idProblems(where: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of ids) {
    if (typeof id !== 'string' || id.length === 0) problems.push(`${where}: empty id`);
    else if (seen.has(id)) problems.push(`${where}: duplicate id ${show(id)}`);
    seen.add(id);
  }
  return problems;
}

/** True when `text` is a real calendar date YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function deadlineProblems(where: string, deadline: Deadline | null | undefined): string[] {
  if (deadline === null) return [];
  if (!deadline || typeof deadline.text !== 'string') return [`${where}: deadline is neither null nor {text, date}`];
  if (deadline.date !== null && !(typeof deadline.date === 'string' && isCalendarDate(deadline.date)))
    return [`${where}: deadline date ${show(String(deadline.date))} is not a calendar date`];
  return [];
}

function itemProblems(where: string, item: ChecklistItem, ids: ReadonlySet<string>): string[] {
  const at = `${where} item ${show(item.id)}`;
  return [
    ...(item.parentId !== null && !ids.has(item.parentId) ? [`${at}: parent ${show(String(item.parentId))} does not resolve`] : []),
    ...(item.parentId === item.id ? [`${at}: is its own parent`] : []),
    ...(['section', 'task', 'measure'].includes(item.kind) ? [] : [`${at}: kind ${show(String(item.kind))}`]),
    ...(['leadUnits', 'responsibleUnits', 'supportingUnits'] as const).flatMap((field) =>
      Array.isArray(item[field]) && item[field].every((unit) => typeof unit === 'string') ? [] : [`${at}: ${field} is not a list of names`],
    ),
    ...deadlineProblems(at, item.deadline),
  ];
}

/**
 * Problems of an imported checklist: item ids unique across the whole result, every parent id
 * resolving within its document, kinds and owner lists well-formed, deadlines null or with a
 * calendar date (or none), documents' dates valid, and no XML-illegal text anywhere.
 */
export function checklistProblems(result: ImportResult): string[] {
  const problems = idProblems(
    'checklist',
    result.documents.flatMap((document) => document.items.map((item) => item.id)),
  );
  result.documents.forEach((document, index) => {
    const where = `document ${index + 1}`;
    const ids = new Set(document.items.map((item) => item.id));
    for (const item of document.items) problems.push(...itemProblems(where, item, ids));
    for (const field of ['issuedOn', 'printedOn'] as const) {
      const date = document[field];
      if (date !== null && !(typeof date === 'string' && isCalendarDate(date)))
        problems.push(`${where}: ${field} ${show(String(date))} is not a calendar date`);
    }
    document.findings.forEach((finding, at) =>
      finding.measures.forEach((measure, m) =>
        problems.push(...deadlineProblems(`${where} finding ${at + 1} measure ${m + 1}`, measure.deadline)),
      ),
    );
  });
  return [...problems, ...textProblems(result)];
}

/** Problems of amounts in a rule: every `points`-like field an integer (hundredths) within POINTS_BOUND. */
function ruleAmountProblems(at: string, rule: unknown): string[] {
  const amounts = new Set(['points', 'base', 'per', 'cap', 'ceiling', 'floor', 'yes', 'no', 'topDelta', 'bottomDelta', 'rest']);
  const problems: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((entry, index) => visit(entry, `${path}[${index}]`));
    else if (value && typeof value === 'object') {
      for (const [key, entry] of Object.entries(value)) {
        if (amounts.has(key) && entry !== null && (typeof entry !== 'number' || !Number.isInteger(entry) || Math.abs(entry) > POINTS_BOUND))
          problems.push(`${at}: rule amount ${path}.${key} = ${String(entry)} is not whole hundredths within bounds`);
        else if (typeof entry === 'object') visit(entry, `${path}.${key}`);
      }
    }
  };
  visit(rule, 'rule');
  return problems;
}

/**
 * Problems of an imported indicator system: ids unique, every parent resolving, 分值 whole
 * hundredths within POINTS_BOUND, rule amounts likewise, a rule that fails `validateRule` flagged
 * 待核对 (warnings non-empty) rather than stored as if sound, the record meeting the package
 * schema (so it can travel to another office), and no XML-illegal text.
 */
export function indicatorSystemProblems(system: IndicatorSystem): string[] {
  const problems = idProblems(
    'indicator system',
    system.indicators.map((indicator) => indicator.id),
  );
  const ids = new Set(system.indicators.map((indicator) => indicator.id));
  for (const indicator of system.indicators) {
    const at = `indicator ${show(indicator.id)}`;
    if (indicator.parentId !== null && !ids.has(indicator.parentId))
      problems.push(`${at}: parent ${show(String(indicator.parentId))} does not resolve`);
    if (!Number.isInteger(indicator.maxPoints) || Math.abs(indicator.maxPoints) > POINTS_BOUND)
      problems.push(`${at}: maxPoints ${indicator.maxPoints} is not whole hundredths within bounds`);
    if (!indicator.rule) continue;
    problems.push(...ruleAmountProblems(at, indicator.rule));
    const ruleProblems = validateRule(indicator.rule, indicator.maxPoints);
    if (ruleProblems.length > 0 && indicator.warnings.length === 0)
      problems.push(`${at}: rule fails validation unflagged (${ruleProblems[0]})`);
  }
  const schema = TABLE_SCHEMAS.indicatorSystems.safeParse(system);
  if (!schema.success)
    problems.push(
      `indicator system: fails the package schema at ${schema.error.issues[0]?.path.join('.')} (${schema.error.issues[0]?.message})`,
    );
  return [...problems, ...textProblems(system)];
}

/**
 * Problems of a read fill-in sheet: each input's unit and indicator among the evaluation's, one
 * input per cell, each value one `validateInput` accepts (null = 不适用), no XML-illegal text.
 */
export function fillInProblems(reading: FillInReading, system: IndicatorSystem, units: readonly Unit[]): string[] {
  const indicators = new Map(scoredIndicators(system).map((indicator) => [indicator.id, indicator]));
  const unitIds = new Set(units.map((unit) => unit.id));
  const problems = idProblems(
    'fill-in inputs',
    reading.inputs.map((input) => `${input.unitId}|${input.indicatorId}`),
  );
  for (const input of reading.inputs) {
    const at = `input ${show(`${input.unitId}|${input.indicatorId}`)}`;
    const indicator = indicators.get(input.indicatorId);
    if (!unitIds.has(input.unitId)) problems.push(`${at}: unknown unit`);
    if (!indicator) problems.push(`${at}: not a scored indicator of the system`);
    else if (input.value !== null) {
      const check = validateInput(indicator, input.value as Parameters<typeof validateInput>[1]);
      if (check.status !== 'valid')
        problems.push(
          `${at}: value ${JSON.stringify(input.value)} is not valid (${check.status === 'invalid' ? check.error : check.status})`,
        );
    }
  }
  return [...problems, ...textProblems(reading)];
}

/** Problems of one evidence record as stored: its type sniffed from its bytes, a name that hides and runs nothing. */
function evidenceProblems(record: Record<string, unknown>, attachments: ReadonlyMap<string, Uint8Array>): string[] {
  const at = `evidence ${show(String(record.id))}`;
  const bytes = attachments.get(String(record.attachment));
  if (!bytes) return [`${at}: attachment ${show(String(record.attachment))} missing`];
  const name = String(record.name);
  return [
    ...(record.type !== sniffEvidenceType(bytes)
      ? [`${at}: type ${show(String(record.type))} is not the type its bytes show (${sniffEvidenceType(bytes)})`]
      : []),
    ...(record.size !== bytes.byteLength ? [`${at}: size ${String(record.size)} is not the attachment's ${bytes.byteLength} bytes`] : []),
    ...(HIDING_CHARACTERS.test(name) || XML_ILLEGAL.test(name) || /[/\\\n\t]/.test(name)
      ? [`${at}: name ${show(name)} holds hiding, control or path characters`]
      : []),
    ...(RUNNABLE_EXTENSIONS.test(name) ? [`${at}: name ${show(name)} keeps a runnable extension`] : []),
    ...(new TextEncoder().encode(name).byteLength > 200 ? [`${at}: name longer than 200 bytes`] : []),
  ];
}

/**
 * Problems of package data as it would be stored: every record meeting its table's strict schema,
 * ids unique per table, unit names without hiding characters, evidence typed from its bytes and
 * safely named, no XML-illegal text.
 */
export function packageDataProblems(data: PackageData): string[] {
  const problems: string[] = [];
  for (const table of TABLES) {
    const records = data.tables[table] ?? [];
    problems.push(
      ...idProblems(
        table,
        records.map((record) => record.id),
      ),
    );
    for (const record of records) {
      const parsed = TABLE_SCHEMAS[table].safeParse(record);
      if (!parsed.success)
        problems.push(
          `${table} ${show(String(record.id))}: fails its schema at ${parsed.error.issues[0]?.path.join('.')} (${parsed.error.issues[0]?.message})`,
        );
      if (table === 'evidence') problems.push(...evidenceProblems(record, data.attachments));
      if (table === 'units' && (HIDING_CHARACTERS.test(String(record.name)) || String(record.name).trim() !== record.name))
        problems.push(`units ${show(record.id)}: name ${show(String(record.name))} holds hiding characters`);
    }
  }
  return [...problems, ...textProblems(data.tables)];
}

type Row = { id: string } & Record<string, unknown>;

/** Records whose declared revision hash is not their content's (a conversion or cleaning that forgot to restamp). */
export function revisionProblems(data: PackageData): string[] {
  return TABLES.flatMap((table) =>
    (data.tables[table] ?? []).flatMap((record) => {
      const meta = record.meta as RecordMeta | undefined;
      return meta && meta.hash !== contentHash(record)
        ? [`${table} ${show(record.id)}: declared hash ${meta.hash} is not its content's`]
        : [];
    }),
  );
}

/** Tables of definitions every unit's results depend on (a package that does not cover them may only add new ones). */
const SHARED_DEFINITIONS = new Set(['documents', 'items', 'units', 'evaluations', 'indicatorSystems', 'unitAliases']);
const PER_UNIT_TABLES = new Set(['inputs', 'rectifications']);

/** True when a package of `scope` may change the existing shared definition `record` of `table`. */
function coversDefinition(scope: PackageScope, table: string, id: string, local: PackageData): boolean {
  if (scope.kind !== 'evaluation' || !scope.evaluationId) return false;
  const evaluation = local.tables.evaluations?.find((entry) => entry.id === scope.evaluationId);
  const basis = evaluation?.basis as { kind: string; systemId?: string; documentId?: string } | undefined;
  if (table === 'evaluations') return id === scope.evaluationId;
  if (table === 'indicatorSystems') return basis?.kind === 'indicatorSystem' && basis.systemId === id;
  if (table === 'documents') return basis?.kind === 'checklist' && basis.documentId === id;
  if (table === 'items')
    return basis?.kind === 'checklist' && local.tables.items?.find((item) => item.id === id)?.documentId === basis.documentId;
  if (table === 'units') return Array.isArray(evaluation?.unitIds) && evaluation.unitIds.includes(id);
  return false;
}

/** True when a package of `scope` may add or change the per-unit record `record` of `table`. */
function coversUnitRecord(scope: PackageScope, table: string, record: Row): boolean {
  const evaluationId =
    table === 'rectifications' ? (record.source as { evaluationId?: unknown } | undefined)?.evaluationId : record.evaluationId;
  const inEvaluation = scope.evaluationId === undefined || evaluationId === scope.evaluationId;
  const inUnits = (scope.unitIds ?? []).includes(String(record.unitId));
  if (scope.kind === 'evaluation') return !!scope.evaluationId && evaluationId === scope.evaluationId;
  if (scope.kind === 'units') return PER_UNIT_TABLES.has(table) && inEvaluation && inUnits;
  if (scope.kind === 'inspector') return table === 'inputs' && inEvaluation && record.inspector === scope.inspector;
  if (scope.kind === 'ledger') return table === 'rectifications' && inUnits;
  return false;
}

/** True when `older`'s declared revision is in `newer`'s history (an incoming version the office already moved past). */
function isAncestor(older: Row, newer: Row): boolean {
  const hash = (older.meta as { hash?: unknown } | undefined)?.hash;
  const ancestors = (newer.meta as { ancestors?: unknown } | undefined)?.ancestors;
  return typeof hash === 'string' && Array.isArray(ancestors) && ancestors.includes(hash);
}

/** True when two versions hold the same values and differ only in who saved them and when. */
function sameValuesIgnoringAuthor(a: Row, b: Row): boolean {
  const values = (record: Row) => canonicalJson({ ...record, meta: undefined, updatedAt: undefined, inspector: undefined });
  return values(a) === values(b);
}

/** A merge's outcome as the scope check sees it: the merged data and every record the user is told about (`table|id`). */
export type ScopedMergeOutcome = { merged: PackageData; reported: ReadonlySet<string> };

/**
 * Problems of merging a package of `scope` into `local`: an existing shared definition changed
 * by a package that does not cover it, a per-unit record or evidence taken from outside the
 * scope, a record in the result that is neither local nor incoming, and an incoming change that
 * vanished without being reported (kept for review, refused or a conflict). Compares content
 * (canonical JSON without `meta`).
 */
export function scopedMergeProblems(scope: PackageScope, local: PackageData, incoming: PackageData, outcome: ScopedMergeOutcome): string[] {
  const problems: string[] = [];
  const coveredInputs = new Set(
    (incoming.tables.inputs ?? []).filter((input) => coversUnitRecord(scope, 'inputs', input)).map((input) => input.id),
  );
  for (const table of TABLES) {
    const before = new Map((local.tables[table] ?? []).map((record) => [record.id, canonicalJson(record)]));
    const theirs = new Map((incoming.tables[table] ?? []).map((record) => [record.id, record]));
    const localById = new Map((local.tables[table] ?? []).map((record) => [record.id, record]));
    const after = new Map((outcome.merged.tables[table] ?? []).map((record) => [record.id, record]));
    for (const [id, record] of after) {
      const content = canonicalJson(record);
      if (before.get(id) === content) continue;
      const at = `${table} ${show(id)}`;
      if (!theirs.has(id) || canonicalJson(theirs.get(id)) !== content)
        problems.push(`${at}: merged content is neither the local nor the incoming version`);
      else if (SHARED_DEFINITIONS.has(table) && before.has(id) && !coversDefinition(scope, table, id, local))
        problems.push(`${at}: shared definition changed silently by a ${scope.kind} package`);
      else if (PER_UNIT_TABLES.has(table) && !coversUnitRecord(scope, table, record))
        problems.push(`${at}: taken from outside the ${scope.kind} package's scope`);
      else if (table === 'evidence' && !coveredInputs.has(String(record.inputId)))
        problems.push(`${at}: evidence taken for an input outside the scope`);
    }
    for (const [id, record] of theirs) {
      const content = canonicalJson(record);
      const kept = after.get(id);
      const mine = localById.get(id);
      if (before.get(id) === content || (kept && canonicalJson(kept) === content) || outcome.reported.has(`${table}|${id}`)) continue;
      if (mine && (isAncestor(record, mine) || sameValuesIgnoringAuthor(record, mine))) continue;
      problems.push(`${table} ${show(id)}: incoming change dropped without being reported`);
    }
  }
  return problems;
}
