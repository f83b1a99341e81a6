import { canonicalJson, eventHash, verifyChain } from './hash-chain';
import type { ChainedEvent } from './hash-chain';

function chain(n: number): ChainedEvent[] {
  const out: ChainedEvent[] = [];
  let prev: string | null = null;
  for (let i = 1; i <= n; i += 1) {
    const content = {
      caseId: 'c1',
      seq: i,
      action: `A${i}`,
      actorSubject: 'officer-1',
      at: new Date(Date.UTC(2026, 0, i)),
      reason: null,
      before: { status: 'X', n: i },
      after: { status: 'Y', n: i + 1 },
    };
    const hash = eventHash(content, prev);
    out.push({ ...content, id: `e${i}`, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('timeline hash chain', () => {
  it('serialises objects with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('accepts an untouched chain', () => {
    expect(verifyChain(chain(4))).toEqual({ valid: true, firstBrokenEventId: null });
  });

  it('reports the first event whose content was changed', () => {
    const events = chain(4);
    events[2] = { ...events[2], reason: 'edited afterwards' };
    expect(verifyChain(events)).toEqual({ valid: false, firstBrokenEventId: 'e3' });
  });

  it('reports a removed event at the event after the gap', () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(verifyChain(events)).toEqual({ valid: false, firstBrokenEventId: 'e3' });
  });

  it('does not depend on the key order of the before/after JSON', () => {
    const events = chain(2);
    events[0] = { ...events[0], before: { n: 1, status: 'X' } };
    expect(verifyChain(events).valid).toBe(true);
  });
});
