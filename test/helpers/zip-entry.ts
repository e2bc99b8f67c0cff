// Reads one entry of a zip (xlsx, docx) as text, to check the XML an export wrote.
import { strFromU8, unzipSync } from 'fflate';

export function zipEntryText(bytes: Uint8Array, path: string): string {
  const entry = unzipSync(bytes, { filter: (file) => file.name === path })[path];
  if (!entry) throw new Error(`zip has no entry ${path}`);
  return strFromU8(entry);
}
