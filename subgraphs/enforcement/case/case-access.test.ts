import { actors } from '../../../tests/harness/actors';
import { canActOnCase, canViewCase } from './case-access';
import { CaseAction } from './case-enums';

const c = { unitId: 'u1', assigneeId: 'o1' };

describe('case access', () => {
  it('lets officers and supervisors see their own unit only', () => {
    expect(canViewCase(actors.officer('o2', 'u1'), c)).toBe(true);
    expect(canViewCase(actors.supervisor('s1', 'u1'), c)).toBe(true);
    expect(canViewCase(actors.officer('o1', 'u2'), c)).toBe(false);
    expect(canViewCase(actors.citizen(), c)).toBe(false);
    expect(canViewCase(actors.admin(), c)).toBe(true);
  });

  it('lets an officer act only on cases assigned to them, and not take supervisor steps', () => {
    expect(canActOnCase(actors.officer('o1', 'u1'), c, CaseAction.RESOLVE)).toBe(true);
    expect(canActOnCase(actors.officer('o2', 'u1'), c, CaseAction.RESOLVE)).toBe(false);
    expect(canActOnCase(actors.officer('o1', 'u1'), c, CaseAction.CLOSE)).toBe(false);
  });

  it('lets a supervisor of the unit take any step', () => {
    expect(canActOnCase(actors.supervisor('s1', 'u1'), c, CaseAction.CLOSE)).toBe(true);
    expect(canActOnCase(actors.supervisor('s1', 'u2'), c, CaseAction.CLOSE)).toBe(false);
  });

  it('keeps case reviews for supervisors', () => {
    expect(canActOnCase(actors.officer('o1', 'u1'), c, 'REVIEW')).toBe(false);
    expect(canActOnCase(actors.supervisor('s1', 'u1'), c, 'REVIEW')).toBe(true);
  });
});
