// Bytes from a data: URL (a chart drawn on a canvas, a sample bundled into the app).

/** The decoded bytes of a base64 data: URL (everything after the first comma). */
export function dataUrlBytes(url: string): Uint8Array {
  return Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (char) => char.charCodeAt(0));
}
