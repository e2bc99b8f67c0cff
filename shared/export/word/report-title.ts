// Titles of official reports, built from parts (unit, evaluation name, kind of report) without
// doubling a word where two parts meet: docs/gbt-9704.md, "Wording in reports for officials".

/** The shortest overlap (in characters) collapsed where two parts meet; one character is too often a real repetition. */
const MIN_OVERLAP = 2;

/**
 * Joins title parts, dropping the longest overlap (≥ 2 characters) between the end of the text so
 * far and the start of the next part: ["2023年度评价", "评价报告"] → "2023年度评价报告". A part the
 * text already ends with is not repeated ("…整改报告" + "整改报告" → "…整改报告"). Blank parts are
 * skipped; parts are trimmed. Output: the title.
 */
export function joinTitleParts(parts: readonly string[]): string {
  let title = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    if (title.endsWith(part)) continue;
    title += part.slice(overlap(title, part));
  }
  return title;
}

function overlap(text: string, next: string): number {
  for (let length = Math.min(text.length, next.length); length >= MIN_OVERLAP; length -= 1) {
    if (text.endsWith(next.slice(0, length))) return length;
  }
  return 0;
}

/** An evaluation's name without the unit's name in front, where the evaluation is named after the unit already. */
function withoutUnit(evaluationName: string, unitName: string): string {
  return unitName && evaluationName.trim().startsWith(unitName) ? evaluationName.trim().slice(unitName.length) : evaluationName;
}

/**
 * 评价报告 of one unit: unit + evaluation + 评价报告 ("己区" + "2023年度营商环境评价" →
 * "己区2023年度营商环境评价报告"). The unit is not named twice when the evaluation's name starts with it.
 */
export function evaluationReportTitle(unitName: string, evaluationName: string): string {
  return joinTitleParts([unitName, withoutUnit(evaluationName, unitName), '评价报告']);
}

/**
 * 整改报告 of one unit: "西工区关于2026年营商环境督查发现问题的整改报告". An evaluation named
 * "…发现问题" or "…整改" does not double those words.
 */
export function rectificationReportTitle(unitName: string, evaluationName: string): string {
  const subject = joinTitleParts([withoutUnit(evaluationName, unitName), '发现问题']);
  return joinTitleParts([unitName, '关于', subject, '的整改报告']);
}

/** The consolidated 整改报告 of an evaluation: "2026年营商环境督查发现问题整改报告". */
export function consolidatedReportTitle(evaluationName: string): string {
  return joinTitleParts([evaluationName, '发现问题整改报告']);
}
