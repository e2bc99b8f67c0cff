// The unit names a document itself uses in owner positions (labelled fields, bracketed owner
// phrases with role words), together with the office's 责任单位名录: the readers recognise these
// wherever they stand, whatever they end with. Table cells are not learnt from: a cell broken
// across a page (市政务服务局和 / 大数据管理局) would teach a fragment.
import type { SourceLine } from '../read/source-lines';
import { containsOwnerLabel, emptyOwnerFields, readOwnerLabels, trailingOwnerPhrase } from './owner-labels';
import { isUnitName, type KnownUnits } from './unit-names';

/**
 * Collects the known unit names. Input: the document's cleaned lines and the directory's names
 * (aliases and canonical names the office keeps). Output: the names, each a whole unit name by
 * isUnitName (fragments and sentences are not learnt).
 */
export function collectKnownUnits(lines: SourceLine[], directory: Iterable<string> = []): KnownUnits {
  const phrases = new Set<string>();
  for (const line of lines) {
    if (line.cells) continue;
    const labelAt = line.text.search(/(?:牵头|责任|配合|协办|参与|承办)(?:单位|部门|处室)\s*[：:]/);
    if (labelAt >= 0 && containsOwnerLabel(line.text)) phrases.add(line.text.slice(labelAt));
    const phrase = trailingOwnerPhrase(line.text);
    if (phrase && /牵头|负责|配合|参与|协办/.test(phrase)) phrases.add(/[：:]/.test(phrase) ? phrase : `责任单位：${phrase}`);
  }
  // Twice: names joined by 和 (执法稽查局和法规处) split once the parts are known from elsewhere.
  const first = namesIn(phrases, new Set(directory));
  const plain = new Set([...directory, ...[...first].filter((name) => !/[和及]/.test(name))]);
  return namesIn(phrases, plain);
}

function namesIn(phrases: Iterable<string>, seed: KnownUnits): Set<string> {
  const known = new Set<string>(seed);
  const fields = emptyOwnerFields();
  const context = { year: null, known: seed };
  for (const phrase of phrases) readOwnerLabels(phrase, fields, context);
  for (const name of [...fields.leadUnits, ...fields.responsibleUnits, ...fields.supportingUnits]) if (isUnitName(name)) known.add(name);
  return known;
}
