import { CaseStatus } from '../case/case-enums';
import { closureOf } from './case-closure';

const none = { handledAt: null, verifiedAt: null, satisfaction: null };
const t = new Date('2026-11-20T02:00:00Z');

describe('closure facts (结案不可“刷”)', () => {
  it('keeps an open case OPEN', () => {
    expect(closureOf(CaseStatus.IN_PROGRESS, 0, none).outcome).toBe('OPEN');
  });

  it('counts a handled but unverified case as RESOLVED only', () => {
    expect(closureOf(CaseStatus.RESOLVED, 0, { ...none, handledAt: t })).toMatchObject({ outcome: 'RESOLVED', verifiedAt: null });
  });

  it('distinguishes a verified closure from a closure without a verified fix', () => {
    expect(closureOf(CaseStatus.CLOSED, 1, { handledAt: t, verifiedAt: t, satisfaction: 5 })).toMatchObject({
      outcome: 'CLOSED_VERIFIED',
      reworkCount: 1,
      partySatisfied: true,
    });
    expect(closureOf(CaseStatus.REFERRED, 0, none).outcome).toBe('CLOSED_UNRESOLVED');
  });

  it('reports party satisfaction separately from closure', () => {
    expect(closureOf(CaseStatus.CLOSED, 0, { handledAt: t, verifiedAt: t, satisfaction: 2 })).toMatchObject({
      outcome: 'CLOSED_VERIFIED',
      partySatisfied: false,
    });
  });
});
