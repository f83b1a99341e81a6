import { randomInt } from 'node:crypto';

/** Fisher–Yates shuffle (a new array); `rand(n)` returns an integer in [0, n). */
export function shuffle<T>(items: readonly T[], rand: (n: number) => number = randomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rand(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Display labels of an attempt's options: A, B, C … in the shuffled order. */
export const optionLabel = (index: number) => String.fromCharCode(65 + index);
