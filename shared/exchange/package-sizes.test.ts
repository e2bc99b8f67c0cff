import { describe, expect, it } from 'vitest';

import { packageSizes } from './package-sizes';

describe('packageSizes', () => {
  it('counts records per table in package order, and evidence bytes per record', () => {
    const photo = new Uint8Array(1500);
    const sizes = packageSizes({
      tables: {
        inputs: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
        units: [{ id: 'u1' }],
        rectifications: [],
        evidence: [
          { id: 'e1', attachment: 'attachments/p' },
          { id: 'e2', attachment: 'attachments/p' },
          { id: 'e3', attachment: 'attachments/missing' },
        ],
      },
      attachments: new Map([['attachments/p', photo]]),
    });
    expect(sizes).toEqual({
      tables: [
        { table: 'units', records: 1 },
        { table: 'inputs', records: 3 },
        { table: 'evidence', records: 3 },
      ],
      records: 7,
      evidenceFiles: 3,
      evidenceBytes: 3000,
    });
  });
});
