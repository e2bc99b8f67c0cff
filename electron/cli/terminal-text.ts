/* eslint-disable no-control-regex -- finding control characters is what this file is for */
// What the CLI prints is made harmless for a terminal: names and messages come from files other
// offices sent, and an escape sequence in a unit name could recolour, retitle or rewrite the
// user's terminal. Text output loses every control sequence; JSON output keeps the data, with the
// characters a terminal would act on written as \u escapes.

/** ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST), and two-character escapes. */
const ESCAPE_SEQUENCES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
/** Characters a terminal acts on: C0 other than \n and \t, DEL, C1 (U+009B is a one-character CSI), bidi controls. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal: escape sequences and control characters removed (newlines and tabs kept). */
export function forTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(TERMINAL_CONTROLS, '');
}

/** JSON text for a terminal: the same data, every character a terminal acts on written as a \u escape. */
export function jsonForTerminal(json: string): string {
  return json.replace(TERMINAL_CONTROLS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
