import { escalationCheck } from './escalation-rules';
import { ConcernResolution as R } from './merchant-visit-enums';

// 721 工作总结 (走访): 能当场解决的当场解决, 解决不了的转为管理任务, 最后才立案 — a case is the last resort, and once.
describe('a visit concern becoming a case (转立案)', () => {
  it('refuses a concern that was solved on the spot', () => {
    expect(escalationCheck({ resolution: R.SOLVED_ON_THE_SPOT }).ok).toBe(false);
  });

  it('hands a management task over once', () => {
    expect(escalationCheck({ resolution: R.MANAGEMENT_TASK, escalatedAt: null })).toEqual({ ok: true });
    expect(escalationCheck({ resolution: R.MANAGEMENT_TASK, escalatedAt: new Date() })).toEqual({ ok: false, reason: expect.stringContaining('already') });
  });
});
