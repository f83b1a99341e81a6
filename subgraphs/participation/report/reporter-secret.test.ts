import { hashSecret, newReporterSecret, secretMatches } from './reporter-secret';

describe('reporter secret', () => {
  it('keeps only a 64-character hex hash that matches the secret', () => {
    const { secret, hash } = newReporterSecret();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret);
    expect(secretMatches(secret, hash)).toBe(true);
  });

  it('refuses another secret or a missing hash', () => {
    const { hash } = newReporterSecret();
    expect(secretMatches('guess', hash)).toBe(false);
    expect(secretMatches('x', null)).toBe(false);
    expect(hashSecret('a')).not.toBe(hashSecret('b'));
  });
});
