// `kaoping import <file> [--json]`: the importer of the app, for scripts and acceptance checks.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

import type { ChecklistItem, PlanFinding, PolicyDocument } from '#shared/domain/types';
import { countKinds } from '#shared/import/count-kinds';
import { type DetectedRubric, importPolicyFile } from '#shared/import/import-policy-file';
import { type ImportWarning, importWarnings } from '#shared/import/import-warnings';

/** The JSON contract documented in README.md ("Command line"). */
export type ImportJson = {
  documents: Array<{
    title: string;
    docNumber: string | null;
    url: string | null;
    issuer: string | null;
    issuedOn: string | null;
    items: Array<
      Pick<
        ChecklistItem,
        | 'id'
        | 'parentId'
        | 'kind'
        | 'number'
        | 'title'
        | 'text'
        | 'leadUnits'
        | 'responsibleUnits'
        | 'supportingUnits'
        | 'owner'
        | 'deadline'
        | 'details'
      >
    >;
    /** Rectification plans: per area its problems, targets and measures with owners and deadlines. */
    findings: PlanFinding[];
    /** Lines no item took, 1-based in the file. */
    unparsedLines: PolicyDocument['unparsedLines'];
    /** What to check before relying on the checklist (measures without owners, fragments, duplicates, unparsed lines). */
    warnings: ImportWarning[];
  }>;
  /** 评分细则 found in the file (import them with `score --rubric`). */
  rubrics: DetectedRubric[];
};

/** Reads and parses a file. Throws ImportError (zh-CN) for bad input, or a Node error if unreadable. */
export async function runImport(path: string): Promise<ImportJson> {
  const bytes = new Uint8Array(await readFile(path));
  const result = await importPolicyFile(bytes, basename(path));
  return { documents: result.documents.map(toJson), rubrics: result.rubrics };
}

function toJson(document: PolicyDocument): ImportJson['documents'][number] {
  return {
    title: document.title,
    docNumber: document.docNumber,
    url: document.url,
    issuer: document.issuer,
    issuedOn: document.issuedOn,
    items: document.items.map(
      ({ id, parentId, kind, number, title, text, leadUnits, responsibleUnits, supportingUnits, owner, deadline, details }) => ({
        id,
        parentId,
        kind,
        number,
        title,
        text,
        leadUnits,
        responsibleUnits,
        supportingUnits,
        owner,
        deadline,
        ...(details ? { details } : {}),
      }),
    ),
    findings: document.findings,
    unparsedLines: document.unparsedLines,
    warnings: importWarnings(document),
  };
}

/** A short human summary: title, 文号, counts per kind, warnings (the first five of each document). */
export function summariseImport(result: ImportJson): string {
  return result.documents
    .map((document) => {
      const counts = countKinds(document.items);
      const findings =
        document.findings.length > 0
          ? [
              `  整改问题 ${document.findings.length} 个领域 · 整改措施 ${document.findings.reduce((sum, finding) => sum + finding.measures.length, 0)} 条`,
            ]
          : [];
      const warnings =
        document.warnings.length > 0
          ? [
              `  提示 ${document.warnings.length} 条：`,
              ...document.warnings.slice(0, 5).map((warning) => `    · ${warning.message}`),
              ...(document.warnings.length > 5 ? [`    · ……另有 ${document.warnings.length - 5} 条`] : []),
            ]
          : [];
      return [
        `${document.title}${document.docNumber ? `（${document.docNumber}）` : ''}`,
        `  发文机关：${document.issuer ?? '—'}  成文日期：${document.issuedOn ?? '—'}`,
        `  章节 ${counts.section} · 重点任务 ${counts.task} · 改革举措 ${counts.measure}`,
        ...findings,
        ...warnings,
      ].join('\n');
    })
    .concat(result.rubrics.map((rubric) => `评分细则：${rubric.title}（第 ${rubric.line} 行起，用 score --rubric 导入）`))
    .join('\n');
}
