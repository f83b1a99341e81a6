import { maskName } from './mask-name';
import { canVet, VolunteerStatus as V } from './volunteer-enums';

describe('volunteer rules', () => {
  it('masks all but the family name', () => {
    expect([maskName('张三丰'), maskName('李四'), maskName('王')]).toEqual(['张**', '李*', '*']);
  });

  it('vets PENDING → ACTIVE / REJECTED and toggles ACTIVE ↔ SUSPENDED only', () => {
    expect(canVet(V.PENDING, V.ACTIVE)).toBe(true);
    expect(canVet(V.PENDING, V.REJECTED)).toBe(true);
    expect(canVet(V.ACTIVE, V.SUSPENDED)).toBe(true);
    expect(canVet(V.SUSPENDED, V.ACTIVE)).toBe(true);
    expect(canVet(V.REJECTED, V.ACTIVE)).toBe(false);
    expect(canVet(V.PENDING, V.SUSPENDED)).toBe(false);
    expect(canVet(V.ACTIVE, V.ACTIVE)).toBe(false);
  });
});
