import { ActivityKind } from './activity-enums';
import type { Actor } from '../../../kernel/auth/actor';
import { checkLaborDisposition, checkLaborEnroller, checkLaborServer } from './labor-in-lieu';
import type { LaborAssignment } from './labor-assignment.entity';
import { withdrawalOf } from './labor-withdrawal';

const DISPOSITION = '3f1c2b7e-9a41-4c55-8d2e-0b6f4f1a2c3d';

describe('signing up for a labor-in-lieu session', () => {
  it('needs the disposition the hours serve', () => {
    expect(() => checkLaborDisposition(ActivityKind.LABOR_IN_LIEU, null)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.dispositionId' }) }),
    );
    expect(() => checkLaborDisposition(ActivityKind.LABOR_IN_LIEU, DISPOSITION)).not.toThrow();
  });

  it('refuses a disposition on an ordinary volunteer activity', () => {
    expect(() => checkLaborDisposition(ActivityKind.CLEAN_UP, DISPOSITION)).toThrow(/only LABOR_IN_LIEU/);
  });

  it('refuses a malformed disposition id', () => {
    expect(() => checkLaborDisposition(ActivityKind.LABOR_IN_LIEU, 'not-an-id')).toThrow(/not an id/);
  });
});

describe('以劳代罚 is bound to the party (the disposition names who serves)', () => {
  const SESSION = '7d0f3c1a-2b4e-4f6a-9c8d-1e2f3a4b5c6d';
  const UNIT = '5b6c7d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
  const assignment = { id: DISPOSITION, activityId: SESSION, servedBy: 'citizen-party', dueAt: new Date(), unitId: UNIT } as LaborAssignment;
  const extensionsOf = (f: () => void) => {
    try {
      f();
    } catch (e) {
      return (e as { extensions: unknown }).extensions;
    }
    return null;
  };

  it('lets the named person sign up with it for its session', () => {
    expect(() => checkLaborServer(assignment, DISPOSITION, SESSION, 'citizen-party')).not.toThrow();
  });

  it('refuses anyone else with FORBIDDEN on input.dispositionId', () => {
    expect(extensionsOf(() => checkLaborServer(assignment, DISPOSITION, SESSION, 'volunteer-other'))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.dispositionId',
    });
  });

  it('refuses a disposition participation has not learned of with NOT_FOUND, and another session with BAD_USER_INPUT', () => {
    expect(extensionsOf(() => checkLaborServer(null, DISPOSITION, SESSION, 'citizen-party'))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.dispositionId',
    });
    expect(extensionsOf(() => checkLaborServer(assignment, DISPOSITION, DISPOSITION, 'citizen-party'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.activityId',
    });
  });

  // issue 9: "only that person … or an officer enrolling them can attach hours to it"
  describe('an officer enrolling the party (代为报名)', () => {
    const actor = (roles: Actor['roles'], unitId: string | null): Actor => ({ subject: 'officer-1', roles, unitId, departmentId: null, name: null });

    it("lets an officer or supervisor of the case's unit, or an administrator, enrol the person", () => {
      expect(() => checkLaborEnroller(actor(['OFFICER'], UNIT), assignment)).not.toThrow();
      expect(() => checkLaborEnroller(actor(['SUPERVISOR'], UNIT), assignment)).not.toThrow();
      expect(() => checkLaborEnroller(actor(['ADMIN'], null), assignment)).not.toThrow();
    });

    it("refuses an officer of another unit, a volunteer, and anyone on a copy that does not know the case's unit", () => {
      expect(extensionsOf(() => checkLaborEnroller(actor(['OFFICER'], SESSION), assignment))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'input.dispositionId',
      });
      expect(extensionsOf(() => checkLaborEnroller(actor(['VOLUNTEER'], UNIT), assignment))).toMatchObject({ code: 'FORBIDDEN' });
      expect(extensionsOf(() => checkLaborEnroller(actor(['SUPERVISOR'], UNIT), { ...assignment, unitId: null }))).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  // issue 9: a superseded or lapsed labor disposition is withdrawn; new sign-ups with it are refused
  describe('a withdrawn disposition', () => {
    const withdrawn = {
      ...assignment,
      withdrawnAt: new Date('2026-12-02T08:00:00Z'),
      withdrawnCause: 'SUPERSEDED',
      withdrawnReason: '当事人改为缴纳罚款',
    } as LaborAssignment;

    it('refuses even the named person with CONFLICT saying why', () => {
      expect(extensionsOf(() => checkLaborServer(withdrawn, DISPOSITION, SESSION, 'citizen-party'))).toMatchObject({
        code: 'CONFLICT',
        field: 'input.dispositionId',
        withdrawnCause: 'SUPERSEDED',
      });
      expect(() => checkLaborServer(withdrawn, DISPOSITION, SESSION, 'citizen-party')).toThrow(/superseded.*当事人改为缴纳罚款/);
      expect(() => checkLaborServer({ ...withdrawn, withdrawnCause: 'LAPSED' }, DISPOSITION, SESSION, 'citizen-party')).toThrow(/lapsed back to the fine/);
    });

    it('shows on sign-ups made before, and not while the disposition stands', () => {
      expect(withdrawalOf(withdrawn)).toEqual({ cause: 'SUPERSEDED', at: withdrawn.withdrawnAt, reason: '当事人改为缴纳罚款' });
      expect(withdrawalOf(assignment)).toBeNull();
      expect(withdrawalOf(null)).toBeNull();
    });
  });
});
