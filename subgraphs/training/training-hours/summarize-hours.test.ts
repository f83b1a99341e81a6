import { CourseCategory as C } from '../course/course-category.enum';
import { summarizeHours } from './summarize-hours';

describe('summarizeHours', () => {
  it('sums categories, sorts by hours and checks the 40-hour requirement', () => {
    const s = summarizeHours(2026, [
      { category: C.DIGITAL_TOOLS, hours: 2 },
      { category: C.LAW_AND_REGULATION, hours: 30 },
      { category: C.COMMUNICATION, hours: 0 },
    ]);
    expect(s.totalHours).toBe(32);
    expect(s.met).toBe(false);
    expect(s.byCategory.map((c) => c.category)).toEqual([C.LAW_AND_REGULATION, C.DIGITAL_TOOLS]);
  });

  it('combines flexible enforcement and communication for the 8-hour quota', () => {
    const s = summarizeHours(2026, [
      { category: C.FLEXIBLE_ENFORCEMENT, hours: 5 },
      { category: C.COMMUNICATION, hours: 3 },
      { category: C.LAW_AND_REGULATION, hours: 32 },
    ]);
    expect(s.quotas).toEqual([
      {
        code: 'FLEXIBLE_AND_COMMUNICATION',
        name: '柔性执法与沟通技巧',
        categories: [C.FLEXIBLE_ENFORCEMENT, C.COMMUNICATION],
        requiredHours: 8,
        hours: 8,
        met: true,
      },
      { code: 'LAW', name: '法律法规', categories: [C.LAW_AND_REGULATION], requiredHours: 8, hours: 32, met: true },
    ]);
    expect(s).toMatchObject({ totalHours: 40, met: true, quotasMet: true, compliant: true });
  });

  it('is not compliant with 40 hours when a quota is missed', () => {
    const s = summarizeHours(2026, [
      { category: C.LAW_AND_REGULATION, hours: 38 },
      { category: C.COMMUNICATION, hours: 7.5 },
    ]);
    expect(s).toMatchObject({ met: true, quotasMet: false, compliant: false });
    expect(s.quotas[0]).toMatchObject({ hours: 7.5, met: false });
  });

  it('counts a negative correction against its category', () => {
    const s = summarizeHours(2026, [{ category: C.LAW_AND_REGULATION, hours: 6 - 2 }]);
    expect(s.totalHours).toBe(4);
  });
});
