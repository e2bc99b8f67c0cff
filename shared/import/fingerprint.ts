// A file's fingerprint: detects re-imports of the same bytes and seeds stable item ids.

/**
 * SHA-256 of the bytes, as the first 16 hex digits (64 bits: collisions are negligible for
 * the documents one office imports). Uses Web Crypto, present in Node ≥ 20 and browsers.
 */
export async function fingerprintOf(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
