/**
 * The nonces of signed identities seen within their validity window, so one signed request is served once.
 * Per process: each instance remembers what it served; a nonce expires with the identity that carried it.
 */
export class NonceLog {
  private readonly seen = new Map<string, number>();
  private nextSweep = 0;

  /** Records the nonce; false when it was already used and has not expired yet. */
  claim(nonce: string, expiresAtMs: number, now = Date.now()): boolean {
    if (now >= this.nextSweep) {
      for (const [key, expires] of this.seen) {
        if (expires <= now) {
          this.seen.delete(key);
        }
      }
      this.nextSweep = now + 5_000;
    }
    const known = this.seen.get(nonce);
    if (known !== undefined && known > now) {
      return false;
    }
    this.seen.set(nonce, expiresAtMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
