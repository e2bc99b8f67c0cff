// fast-check arbitraries that damage a real file the way transfers and hostile senders do: bit
// flips, truncation, inserted junk, hostile names and control characters, text re-encoded as
// UTF-16, and — for zip containers (.docx/.xlsx/.kaoping) — entries renamed or dropped, oversized
// sheet dimensions, deep XML nesting, a 10 MB cell, prototype-pollution keys in JSON and sheet
// names, hostile text in cells and runs. Packages also get the lies of package-mutations.ts.
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';

import { HOSTILE_NAMES, type Mutation, mutation } from './mutation';
import { packageLies } from './package-mutations';

/** What a target reads: plain text, other bytes (pdf, xls), a zip container, or a .kaoping package. */
export type TargetKind = 'text' | 'binary' | 'zip' | 'package';

const bitFlips: fc.Arbitrary<Mutation> = fc
  .array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bit: fc.integer({ min: 0, max: 7 }) }), {
    minLength: 1,
    maxLength: 16,
  })
  .map((flips) =>
    mutation(`bit flips ×${flips.length}`, (bytes) => {
      const copy = bytes.slice();
      for (const flip of flips) {
        const index = Math.min(copy.length - 1, Math.floor(flip.at * copy.length));
        if (index >= 0) copy[index]! ^= 1 << flip.bit;
      }
      return copy;
    }),
  );

const truncation: fc.Arbitrary<Mutation> = fc
  .double({ min: 0, max: 1, noNaN: true })
  .map((keep) => mutation(`truncated to ${Math.round(keep * 100)}%`, (bytes) => bytes.slice(0, Math.floor(bytes.length * keep))));

/** `bytes` with `extra` inserted at the fraction `at` (0–1) of its length. */
function spliceAt(bytes: Uint8Array, at: number, extra: Uint8Array): Uint8Array {
  const index = Math.floor(at * bytes.length);
  const result = new Uint8Array(bytes.length + extra.length);
  result.set(bytes.subarray(0, index));
  result.set(extra, index);
  result.set(bytes.subarray(index), index + extra.length);
  return result;
}

const insertion: fc.Arbitrary<Mutation> = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 64 }))
  .map(([at, junk]) => mutation(`${junk.length} junk bytes inserted`, (bytes) => spliceAt(bytes, at, junk)));

const hostileText = fc.constantFrom(
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  '__proto__',
  'constructor',
  '一、'.repeat(5000),
  '\u0000\uFFFD\uD800',
  '责任单位：'.repeat(2000),
  '整改\u000b措施\u0000完成',
  ...HOSTILE_NAMES,
);

const textSplice: fc.Arbitrary<Mutation> = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), hostileText))
  .map(([at, text]) => mutation(`text spliced (${text.length} chars)`, (bytes) => spliceAt(bytes, at, strToU8(text))));

/** The text re-encoded as UTF-16 (little or big endian, with or without a byte-order mark), as Notepad saves "Unicode". */
const utf16: fc.Arbitrary<Mutation> = fc.tuple(fc.boolean(), fc.boolean()).map(([littleEndian, bom]) =>
  mutation(`UTF-16${littleEndian ? 'LE' : 'BE'}${bom ? ' with BOM' : ''}`, (bytes) => {
    const text = `${bom ? '\ufeff' : ''}${new TextDecoder().decode(bytes)}`;
    const result = new Uint8Array(text.length * 2);
    const view = new DataView(result.buffer);
    for (let index = 0; index < text.length; index++) view.setUint16(index * 2, text.charCodeAt(index), littleEndian);
    return result;
  }),
);

/** U+0000 or U+000B put inside lines (as Word pastes a soft break), at a fraction of the lines. */
const lineControls: fc.Arbitrary<Mutation> = fc
  .tuple(fc.constantFrom('\u0000', '\u000b', '\u000c', '\u001b[31m'), fc.integer({ min: 2, max: 20 }))
  .map(([control, every]) =>
    mutation(`${JSON.stringify(control)} inside every ${every}th line`, (bytes) => {
      const lines = new TextDecoder().decode(bytes).split('\n');
      return strToU8(lines.map((line, index) => (index % every === 0 ? `${line.slice(0, 3)}${control}${line.slice(3)}` : line)).join('\n'));
    }),
  );

/** XML-escaped text for a text node. */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A hostile string put into a text run or cell of a zip container's XML (w:t in Word, t in Excel's
 * shared strings): raw, or with controls written as OOXML's `_x000B_` escapes (which SheetJS decodes).
 */
const hostileCell: fc.Arbitrary<Mutation> = fc
  .tuple(fc.constantFrom(...HOSTILE_NAMES, '_x000B_换行_x0000_', '说明_x001B_[2J'), fc.nat(), fc.nat())
  .map(([text, pickEntry, pickRun]) =>
    mutation(`zip: hostile text ${JSON.stringify(text.slice(0, 12))}`, (bytes) => {
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(bytes);
      } catch {
        return bytes;
      }
      const names = Object.keys(files).filter((name) => name.endsWith('.xml'));
      const name = names[pickEntry % Math.max(1, names.length)];
      if (!name) return bytes;
      const xml = new TextDecoder().decode(files[name]);
      const runs = [...xml.matchAll(/<(w:t|t)(\s[^>]*)?>([^<]*)<\/\1>/g)];
      const run = runs[pickRun % Math.max(1, runs.length)];
      if (!run) return bytes;
      const at = run.index + run[0].indexOf('>') + 1;
      files[name] = strToU8(`${xml.slice(0, at)}${escapeXml(text)}${xml.slice(at + run[3]!.length)}`);
      return zipSync(files);
    }),
  );

/** Changes applied inside a zip container, rezipped afterwards. */
const zipChanges: fc.Arbitrary<Mutation> = fc
  .tuple(fc.constantFrom('rename', 'drop', 'dimension', 'nesting', 'hugeCell', 'proto', 'sheetName'), fc.nat())
  .map(([kind, pick]) =>
    mutation(`zip: ${kind}`, (bytes) => {
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(bytes);
      } catch {
        return bytes;
      }
      const names = Object.keys(files);
      const name = names[pick % Math.max(1, names.length)];
      if (!name) return bytes;
      const text = () => new TextDecoder().decode(files[name]);
      switch (kind) {
        case 'rename':
          files[`${name}.renamed`] = files[name]!;
          delete files[name];
          break;
        case 'drop':
          delete files[name];
          break;
        case 'dimension':
          files[name] = strToU8(
            text()
              .replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"')
              .replace(/ref="A1:[A-Z]+\d+"/g, 'ref="A1:XFD1048576"'),
          );
          break;
        case 'nesting':
          files[name] = strToU8(text().replace(/(<\w+:body>|<sheetData>)/, `$1${'<w:p>'.repeat(20000)}`));
          break;
        case 'hugeCell':
          files[name] = strToU8(text().replace(/<t(\s[^>]*)?>/, `$&${'格'.repeat(3_500_000)}`));
          break;
        case 'proto':
          files[name] = strToU8(
            name.endsWith('.json')
              ? '{"__proto__":{"polluted":true},"rows":[{"__proto__":{"polluted":true}}]}'
              : text().replace(/name="[^"]*"/, 'name="__proto__"'),
          );
          break;
        case 'sheetName':
          for (const key of names.filter((entry) => entry.endsWith('workbook.xml')))
            files[key] = strToU8(new TextDecoder().decode(files[key]).replace(/<sheet name="[^"]*"/g, '<sheet name="__proto__"'));
          break;
      }
      return zipSync(files);
    }),
  );

/**
 * Mutations for a file of `kind`: byte-level damage for all; control characters and UTF-16 for
 * text; changes inside the container for zips; for packages also the lies a hostile sender
 * tells with valid checksums (types, names, scope, hashes).
 */
export function mutationArbitrary(kind: TargetKind): fc.Arbitrary<Mutation[]> {
  const byte = fc.oneof(bitFlips, truncation, insertion, textSplice);
  const one: Record<TargetKind, fc.Arbitrary<Mutation>> = {
    text: fc.oneof(byte, utf16, lineControls),
    binary: byte,
    zip: fc.oneof(byte, zipChanges, zipChanges, hostileCell),
    package: fc.oneof(byte, zipChanges, packageLies, packageLies, packageLies),
  };
  return fc.array(one[kind], { minLength: 1, maxLength: 3 });
}
