import { randomInt } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'; // no 0/O, 1/I/L, U: easy to read out on the phone

/** Public tracking code of a report, e.g. `SSP-7K3M9Q2X` (≈ 6.5·10¹¹ codes). */
export function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) {
    code += ALPHABET[randomInt(ALPHABET.length)];
  }
  return `SSP-${code}`;
}
