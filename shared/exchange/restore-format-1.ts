// A format-1 package's data as format 2: the one restore step between the format-1 check and
// everything else (merge, restore of a backup, the CLI), so nothing after it knows format 1.
import { evaluationFromChecklist, evaluationFromRubric, inputFromAssessment, rectificationFromV6 } from '../domain/schema-v7';
import type { PackageData, TableName } from './package-format';
import type { Format1Tables } from './table-schemas-format-1';

type Row = { id: string } & Record<string, unknown>;

/**
 * Converts checked format-1 tables (records already through their schema and hash check) into
 * format-2 tables. Checklist inspections (`evaluations`) and rubric evaluations
 * (`rubricEvaluations`) become `evaluations` with a basis; `assessments` (status → its level,
 * inspector '') and `rubricInputs` become `inputs`; rectifications name their `source`. Ids are
 * kept; converted revisions are restamped (schema-v7.ts), so their declared hashes are their new
 * content's. A format-2 table is present when any format-1 table it comes from was. Other tables
 * pass unchanged, as do the attachments. Pure; throws nothing.
 */
export function restoreFormat1(tables: Format1Tables, attachments: Map<string, Uint8Array>): PackageData {
  const restored: PackageData['tables'] = {};
  const put = (table: TableName, records: Row[] | undefined) => {
    if (records) restored[table] = records;
  };
  const joined = <T>(first: T[] | undefined, second: T[] | undefined): T[] | undefined =>
    first || second ? [...(first ?? []), ...(second ?? [])] : undefined;
  put('documents', tables.documents);
  put('items', tables.items);
  put('units', tables.units);
  put('evaluations', joined(tables.evaluations?.map(evaluationFromChecklist), tables.rubricEvaluations?.map(evaluationFromRubric)));
  put('inputs', joined(tables.assessments?.map(inputFromAssessment), tables.rubricInputs));
  put('indicatorSystems', tables.indicatorSystems);
  put('evidence', tables.evidence);
  put('rectifications', tables.rectifications?.map(rectificationFromV6));
  put('unitAliases', tables.unitAliases);
  return { tables: restored, attachments };
}
