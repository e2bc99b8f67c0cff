// 全局搜索: one query over documents, checklist items, indicators, units and rectifications, in
// Chinese text as written (no word segmentation: every term must occur as a substring).
import type { IndicatorSystem } from '../domain/indicator-system';
import type { Rectification } from '../domain/rectification';
import type { ChecklistItem, PolicyDocument, Unit } from '../domain/types';

export type SearchKind = 'document' | 'item' | 'indicator' | 'unit' | 'rectification';

/** One hit: what it is, where to open it (`openId`: the document, system or evaluation holding it), and a snippet around the first term. */
export type SearchHit = { kind: SearchKind; id: string; openId: string; title: string; snippet: string; score: number };

export type SearchSources = {
  documents: ReadonlyArray<Pick<PolicyDocument, 'id' | 'title' | 'docNumber' | 'issuer'>>;
  items: ReadonlyArray<ChecklistItem & { documentId: string }>;
  systems: ReadonlyArray<Pick<IndicatorSystem, 'id' | 'title' | 'indicators'>>;
  units: readonly Unit[];
  rectifications: readonly Rectification[];
};

/** Hits kept per kind. */
export const HITS_PER_KIND = 30;
const SNIPPET_CHARS = 60;

/** Lower case, full-width letters and digits folded to ASCII, spaces removed: "ＡＢ 1" → "ab1". */
export function normaliseForSearch(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

/**
 * Searches. Input: the query (terms separated by spaces; every term must match) and the records.
 * Output: hits grouped by kind in the order document, item, indicator, unit, rectification; within a
 * kind, hits whose title matches come first, then shorter texts; at most HITS_PER_KIND per kind. An
 * empty query gives no hits.
 */
export function globalSearch(query: string, sources: SearchSources): SearchHit[] {
  const terms = query
    .split(/[\s\u3000]+/)
    .map(normaliseForSearch)
    .filter(Boolean);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  const consider = (kind: SearchKind, id: string, openId: string, title: string, body: string) => {
    const haystack = normaliseForSearch(`${title} ${body}`);
    if (!terms.every((term) => haystack.includes(term))) return;
    const inTitle = terms.every((term) => normaliseForSearch(title).includes(term));
    hits.push({
      kind,
      id,
      openId,
      title,
      snippet: snippetOf(body || title, terms[0]!),
      score: (inTitle ? 0 : 1_000_000) + haystack.length,
    });
  };
  for (const document of sources.documents)
    consider('document', document.id, document.id, document.title, [document.docNumber, document.issuer].filter(Boolean).join(' '));
  for (const item of sources.items)
    consider(
      'item',
      item.id,
      item.documentId,
      `${item.number ? `${item.number} ` : ''}${item.title}`,
      [item.text, ...item.leadUnits, ...item.responsibleUnits, ...item.supportingUnits].join(' '),
    );
  for (const system of sources.systems)
    for (const indicator of system.indicators)
      consider('indicator', indicator.id, system.id, indicator.name, `${indicator.ruleText} ${system.title}`);
  for (const unit of sources.units) consider('unit', unit.id, unit.id, unit.name, '');
  for (const item of sources.rectifications)
    consider(
      'rectification',
      item.id,
      item.source.evaluationId,
      `${item.unitName}：${item.problem}`,
      [item.measures, ...item.responsibleUnits, item.owner].join(' '),
    );
  const order: SearchKind[] = ['document', 'item', 'indicator', 'unit', 'rectification'];
  return order.flatMap((kind) =>
    hits
      .filter((hit) => hit.kind === kind)
      .sort((a, b) => a.score - b.score)
      .slice(0, HITS_PER_KIND),
  );
}

/** Up to SNIPPET_CHARS characters of `text` around the first place `term` (normalised) occurs. */
function snippetOf(text: string, term: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = normaliseForSearch(flat).indexOf(term);
  // Map the position in the normalised text back to the text: count non-space characters.
  let seen = 0;
  let index = 0;
  while (index < flat.length && seen < Math.max(at, 0)) if (!/\s/.test(flat[index++]!)) seen++;
  const start = Math.max(0, index - 15);
  return `${start > 0 ? '…' : ''}${flat.slice(start, start + SNIPPET_CHARS)}${start + SNIPPET_CHARS < flat.length ? '…' : ''}`;
}
