import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret for an anonymous reporter (returned once) and the hash we keep. */
export function newReporterSecret(): { secret: string; hash: string } {
  const secret = randomBytes(18).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string, hash: string | null | undefined): boolean {
  if (!hash) {
    return false;
  }
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
