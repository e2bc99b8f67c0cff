// The one text-safety step for what is typed or pasted into any text field of the window: a
// capture listener on the window sees every `input` event before React does and puts the field's
// value through `typedText`, so every field (unit names, notes, measures, ledger fields…) holds
// clean text from the first keystroke, with no per-field code.
import { safeText } from '#shared/text/safe-text';

/** Format characters (zero-width spaces and joiners, bidi controls, soft hyphen, BOM): they hide or reorder what is written. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** Input types that hold free text; others (number, date, file, checkbox…) are left alone. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

/**
 * A field's value after typing or pasting: `safeText` (line breaks as \n, other control characters
 * and lone surrogates removed, NFC) and format characters removed, so `甲\u200b区` typed or pasted
 * is 甲区. Spaces are kept (the field is still being typed in); names are trimmed where they are stored.
 */
export function typedText(value: string): string {
  return safeText(value).replace(FORMAT_CHARACTERS, '');
}

/** The caret's place in the cleaned value: the cleaned length of what stood before it. */
export function cleanedCaret(value: string, caret: number): number {
  return typedText(value.slice(0, caret)).length;
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

function isTextField(target: EventTarget | null): target is TextField {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/**
 * Sets a field's value the way the browser does, past React's value tracker, so React still sees
 * the (cleaned) value as new and calls the field's onChange with it.
 */
function setNativeValue(field: TextField, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
}

/** Cleans the field an input event came from, keeping the caret where the user left it. IME composition is left to finish first. */
function cleanField(event: Event): void {
  if ((event as InputEvent).isComposing || !isTextField(event.target)) return;
  const field = event.target;
  const cleaned = typedText(field.value);
  if (cleaned === field.value) return;
  const caret = field.selectionStart === null ? null : cleanedCaret(field.value, field.selectionStart);
  setNativeValue(field, cleaned);
  if (caret !== null) field.setSelectionRange(caret, caret);
}

/**
 * Installs the step on a window (once, at start-up). Input: the window. Output: a function that
 * removes it again. Every text input and textarea of the window is covered, now and later.
 */
export function installSafeTyping(target: Window): () => void {
  target.addEventListener('input', cleanField, true);
  return () => target.removeEventListener('input', cleanField, true);
}
