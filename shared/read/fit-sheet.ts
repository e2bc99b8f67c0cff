// A workbook from outside may declare a sheet range or a merge far beyond its cells (a damaged
// or hostile file: <dimension ref="A1:XFD1048576"/>); reading that range allocates billions of
// empty cells. Fitting the range to the cells that exist keeps reading bounded by the file's size.
import * as XLSX from 'xlsx';

/**
 * The sheet named `name` of `workbook` (own property only: a sheet called `__proto__` cannot
 * reach Object.prototype), with `!ref` shrunk to the cells present and `!merges` clipped to that
 * range (merges wholly outside it dropped). Mutates and returns the sheet; undefined if absent.
 */
export function fittedSheet(workbook: XLSX.WorkBook, name: string): XLSX.WorkSheet | undefined {
  if (!Object.hasOwn(workbook.Sheets, name)) return undefined;
  const sheet = workbook.Sheets[name];
  if (!sheet) return undefined;
  let bounds: XLSX.Range | null = null;
  for (const key of Object.keys(sheet)) {
    if (key.startsWith('!')) continue;
    const cell = XLSX.utils.decode_cell(key);
    if (cell.r < 0 || cell.c < 0) continue;
    bounds = bounds
      ? {
          s: { r: Math.min(bounds.s.r, cell.r), c: Math.min(bounds.s.c, cell.c) },
          e: { r: Math.max(bounds.e.r, cell.r), c: Math.max(bounds.e.c, cell.c) },
        }
      : { s: { ...cell }, e: { ...cell } };
  }
  const fit = bounds ?? { s: { r: 0, c: 0 }, e: { r: 0, c: 0 } };
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: fit.e });
  sheet['!merges'] = (sheet['!merges'] ?? [])
    .filter((merge) => merge.s.r <= fit.e.r && merge.s.c <= fit.e.c)
    .map((merge) => ({ s: merge.s, e: { r: Math.min(merge.e.r, fit.e.r), c: Math.min(merge.e.c, fit.e.c) } }));
  return sheet;
}
