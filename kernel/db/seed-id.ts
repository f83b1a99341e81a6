import { createHash } from 'node:crypto';

/** Deterministic UUID (v5-shaped) for demo data, so documentation and tests can name records. */
export function seedId(kind: string, key: string): string {
  const h = createHash('sha1').update(`civic-enforcement-graph:${kind}:${key}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}
