import { actors } from '../../../tests/harness/actors';
import { mayReadLedger } from './ledger-access';

const squad = 'unit-squad';
const brigade = 'unit-brigade';
const ancestry = [squad, brigade, 'unit-bureau'];

describe('who may read an officer’s hours ledger', () => {
  it('lets the officer read their own entries, but not a colleague’s', () => {
    expect(mayReadLedger(actors.officer('o-1', squad), 'o-1', ancestry)).toBe(true);
    expect(mayReadLedger(actors.officer('o-2', squad), 'o-1', ancestry)).toBe(false);
  });

  it('lets trainers and admins read anyone’s entries', () => {
    expect(mayReadLedger(actors.trainer(), 'o-1', [])).toBe(true);
    expect(mayReadLedger(actors.admin(), 'o-1', [])).toBe(true);
  });

  it('lets a supervisor of the officer’s squad or brigade read them, not one of another unit', () => {
    expect(mayReadLedger(actors.supervisor('s-1', squad), 'o-1', ancestry)).toBe(true);
    expect(mayReadLedger(actors.supervisor('s-2', brigade), 'o-1', ancestry)).toBe(true);
    expect(mayReadLedger(actors.supervisor('s-3', 'unit-other-squad'), 'o-1', ancestry)).toBe(false);
    expect(mayReadLedger(actors.supervisor('s-4', null), 'o-1', ancestry)).toBe(false);
  });
});
