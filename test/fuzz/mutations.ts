// fast-check arbitraries that damage a real file the way transfers and hostile senders do: bit
// flips, truncation, inserted junk, and — for zip containers (.docx/.xlsx/.kaoping) — entries
// renamed or dropped, oversized sheet dimensions, deep XML nesting, a 10 MB cell and
// prototype-pollution keys in JSON and sheet names.
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';

export type Mutation = { label: string; apply: (bytes: Uint8Array) => Uint8Array };

/** A mutation that fast-check prints by its label in counterexamples. */
function mutation(label: string, apply: Mutation['apply']): Mutation {
  return { label, apply, [fc.toStringMethod]: () => label } as Mutation;
}

const bitFlips: fc.Arbitrary<Mutation> = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 16 }).map((flips) => mutation(`bit flips ×${flips.length}`, (bytes) => {
    const copy = bytes.slice();
    for (const flip of flips) {
      const index = Math.min(copy.length - 1, Math.floor(flip.at * copy.length));
      if (index >= 0) copy[index]! ^= 1 << flip.bit;
    }
    return copy;
  }),
);

const truncation: fc.Arbitrary<Mutation> = fc.double({ min: 0, max: 1, noNaN: true }).map((keep) => mutation(`truncated to ${Math.round(keep * 100)}%`, (bytes) => bytes.slice(0, Math.floor(bytes.length * keep)),
));

/** `bytes` with `extra` inserted at the fraction `at` (0–1) of its length. */
function spliceAt(bytes: Uint8Array, at: number, extra: Uint8Array): Uint8Array {
  const index = Math.floor(at * bytes.length);
  const result = new Uint8Array(bytes.length + extra.length);
  result.set(bytes.subarray(0, index));
  result.set(extra, index);
  result.set(bytes.subarray(index), index + extra.length);
  return result;
}

const insertion: fc.Arbitrary<Mutation> = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => mutation(`${junk.length} junk bytes inserted`, (bytes) => spliceAt(bytes, at, junk)));

const hostileText = fc.constantFrom(
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  '__proto__',
  'constructor',
  '一、'.repeat(5000),
  '\u0000\uFFFD\uD800',
  '责任单位：'.repeat(2000),
);

const textSplice: fc.Arbitrary<Mutation> = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), hostileText)).map(([at, text]) => mutation(`text spliced (${text.length} chars)`, (bytes) => spliceAt(bytes, at, strToU8(text))));

/** Changes applied inside a zip container, rezipped afterwards. */
const zipChanges: fc.Arbitrary<Mutation> = fc.tuple(
  fc.constantFrom('rename', 'drop', 'dimension', 'nesting', 'hugeCell', 'proto', 'sheetName'),
  fc.nat(),
).map(([kind, pick]) => mutation(`zip: ${kind}`, (bytes) => {
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
        files[name] = strToU8(text().replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"').replace(/ref="A1:[A-Z]+\d+"/g, 'ref="A1:XFD1048576"'));
        break;
      case 'nesting':
        files[name] = strToU8(text().replace(/(<\w+:body>|<sheetData>)/, `$1${'<w:p>'.repeat(20000)}`));
        break;
      case 'hugeCell':
        files[name] = strToU8(text().replace(/<t(\s[^>]*)?>/, `$&${'格'.repeat(3_500_000)}`));
        break;
      case 'proto':
        files[name] = strToU8(name.endsWith('.json') ? '{"__proto__":{"polluted":true},"rows":[{"__proto__":{"polluted":true}}]}' : text().replace(/name="[^"]*"/, 'name="__proto__"'));
        break;
      case 'sheetName':
        for (const key of names.filter((entry) => entry.endsWith('workbook.xml'))) files[key] = strToU8(new TextDecoder().decode(files[key]).replace(/<sheet name="[^"]*"/g, '<sheet name="__proto__"'));
        break;
    }
    return zipSync(files);
  }),
);

/** Mutations for a file: zip-level changes are added for zip containers. */
export function mutationArbitrary(isZip: boolean): fc.Arbitrary<Mutation[]> {
  const byte = fc.oneof(bitFlips, truncation, insertion, textSplice);
  return fc.array(isZip ? fc.oneof(byte, zipChanges, zipChanges) : byte, { minLength: 1, maxLength: 3 });
}
