import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { checkDueOverride } from './due-override-rules';

const base = { status: EnrollmentStatus.ASSIGNED, currentDueOn: '2026-12-31', dueOn: '2027-01-31', reason: ' 因公出差三周 ', today: '2026-12-02' };
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { extensions: { code: string; field: string } }).extensions;
  }
  return null;
};

describe('due-date override rules (the reason stays on record)', () => {
  it('accepts a later date with a reason and returns the trimmed reason', () => {
    expect(checkDueOverride(base)).toBe('因公出差三周');
  });

  it('also accepts moving a deadline earlier, as long as it is not in the past', () => {
    expect(checkDueOverride({ ...base, dueOn: '2026-12-02' })).toBe('因公出差三周');
  });

  it('refuses a missing or too short reason', () => {
    expect(codeOf(() => checkDueOverride({ ...base, reason: '  出差 ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reason' });
  });

  it('refuses a date in the past, an impossible date and the date already in force', () => {
    expect(codeOf(() => checkDueOverride({ ...base, dueOn: '2026-12-01' }))).toMatchObject({ field: 'input.dueOn' });
    expect(codeOf(() => checkDueOverride({ ...base, dueOn: '2027-02-30' }))).toMatchObject({ field: 'input.dueOn' });
    expect(codeOf(() => checkDueOverride({ ...base, dueOn: '2026-12-31' }))).toMatchObject({ field: 'input.dueOn' });
  });

  it('refuses a completed course and a self-started one with CONFLICT', () => {
    expect(codeOf(() => checkDueOverride({ ...base, status: EnrollmentStatus.COMPLETED }))).toEqual({ code: 'CONFLICT', field: 'input.enrollmentId' });
    expect(codeOf(() => checkDueOverride({ ...base, currentDueOn: null }))).toEqual({ code: 'CONFLICT', field: 'input.enrollmentId' });
  });
});
