import { DispositionKind as K } from '../disposition/disposition-enums';
import { checkClosure } from './closure-rules';

const WARNING = { kind: K.WARNING, rectifiedAt: null };
const code = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { extensions: { code: string; rule?: string } }).extensions;
  }
};

describe('closure rules (结案条件, 办案与核查分离)', () => {
  it('refuses a case with neither a disposition nor a finding (no closing on paper)', () => {
    expect(code(() => checkClosure({ effective: null, hasFinding: false, handlers: [] }, 'leader'))).toMatchObject({
      code: 'CONFLICT',
      rule: 'DECISION_REQUIRED',
    });
  });

  it('accepts a finding that ends the case without a disposition', () => {
    expect(code(() => checkClosure({ effective: null, hasFinding: true, handlers: ['o1'] }, 'leader'))).toBeNull();
  });

  it('refuses an unconfirmed rectification notice and accepts a confirmed one', () => {
    const open = { kind: K.RECTIFICATION_NOTICE, rectifiedAt: null };
    expect(code(() => checkClosure({ effective: open, hasFinding: false, handlers: [] }, 'leader'))).toMatchObject({
      code: 'CONFLICT',
      rule: 'RECTIFICATION_OPEN',
    });
    const done = { kind: K.RECTIFICATION_NOTICE, rectifiedAt: new Date() };
    expect(code(() => checkClosure({ effective: done, hasFinding: false, handlers: [] }, 'leader'))).toBeNull();
  });

  it('refuses a verifier who handled the case, supervisors included', () => {
    expect(code(() => checkClosure({ effective: WARNING, hasFinding: false, handlers: ['leader', 'o1'] }, 'leader'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(() => checkClosure({ effective: WARNING, hasFinding: false, handlers: ['o1'] }, 'leader'))).toBeNull();
  });
});
