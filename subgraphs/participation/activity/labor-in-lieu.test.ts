import { ActivityKind } from './activity-enums';
import { checkLaborDisposition } from './labor-in-lieu';

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
