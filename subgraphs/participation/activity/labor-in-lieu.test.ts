import { ActivityKind } from './activity-enums';
import { checkLaborDisposition, checkLaborServer } from './labor-in-lieu';

const DISPOSITION = '3f1c2b7e-9a41-4c55-8d2e-0b6f4f1a2c3d';

describe('signing up for a labor-in-lieu session', () => {
  it('needs the disposition the hours serve', () => {
    expect(() => checkLaborDisposition(ActivityKind.LABOR_IN_LIEU, null)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.dispositionId' }) }));
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
  const assignment = { id: DISPOSITION, activityId: SESSION, servedBy: 'citizen-party', dueAt: new Date() };
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
    expect(extensionsOf(() => checkLaborServer(assignment, DISPOSITION, SESSION, 'volunteer-other'))).toMatchObject({ code: 'FORBIDDEN', field: 'input.dispositionId' });
  });

  it('refuses a disposition participation has not learned of with NOT_FOUND, and another session with BAD_USER_INPUT', () => {
    expect(extensionsOf(() => checkLaborServer(null, DISPOSITION, SESSION, 'citizen-party'))).toMatchObject({ code: 'NOT_FOUND', field: 'input.dispositionId' });
    expect(extensionsOf(() => checkLaborServer(assignment, DISPOSITION, DISPOSITION, 'citizen-party'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.activityId' });
  });
});
