// The web-standard APIs the domain core uses (Encoding, Web Crypto), present in Node ≥ 20 and every browser.
// Declared here instead of pulling in the DOM or Node libraries, so shared/ cannot reach for
// anything else by accident.

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

declare const crypto: {
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
  randomUUID(): string;
};
