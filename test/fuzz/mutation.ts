// One mutation of a fuzzed file, and the hostile names every kind of input is tried with.
import fc from 'fast-check';

export type Mutation = { label: string; apply: (bytes: Uint8Array) => Uint8Array };

/** A mutation that fast-check prints by its label in counterexamples. */
export function mutation(label: string, apply: Mutation['apply']): Mutation {
  return { label, apply, [fc.toStringMethod]: () => label } as Mutation;
}

/**
 * Names a hostile sender or a careless paste gives units, people and files: a bidi override that
 * shows `现场照片gpj.exe` as 现场照片exe.jpg, zero-width and byte-order marks, control characters
 * (NUL, VT as Word pastes it, ESC of terminal codes), a 300-character name, path separators, and
 * extensions a system runs.
 */
export const HOSTILE_NAMES = [
  '现场照片\u202egpj.exe',
  '甲\u200b区',
  '\ufeff乙区\u2066\u2069',
  '丙区\u0000',
  '丁\u000b区',
  '戊区\u001b[2J\u001b]0;x\u0007',
  '名'.repeat(300),
  '城关区/高新区',
  '..\\..\\Windows\\启动\\a.bat',
  '说明.hta',
  '快捷方式.lnk',
  '屏保.scr',
  '安装.exe',
  '批处理.bat',
] as const;
