import { workSplit } from './work-mix-shares';

// 721工作法 (DESIGN §0, 721 工作总结): 70 % service, 20 % management, 10 % enforcement, measured over all work.
describe('the 721 split over all work', () => {
  const none = {
    visits: 0,
    concernsSolvedOnTheSpot: 0,
    managementTasks: 0,
    stallAllocations: 0,
    servicePointDays: 0,
    servicePointVisits: 0,
    guideShifts: 0,
    outreachEvents: 0,
    outreachAttendance: 0,
  };
  const noDecisions = { serviceDispositions: 0, warnings: 0, rectificationNotices: 0, penalties: 0 };

  it('counts visits, stall allocations, service-point days, guide shifts, outreach events and SERVICE decisions as service; tasks, warnings and notices as management; penalties as enforcement', () => {
    const { shares, distance } = workSplit(
      {
        visits: 30,
        concernsSolvedOnTheSpot: 55,
        managementTasks: 5,
        stallAllocations: 10,
        servicePointDays: 15,
        servicePointVisits: 9000,
        guideShifts: 6,
        outreachEvents: 4,
        outreachAttendance: 300,
      },
      { serviceDispositions: 5, warnings: 10, rectificationNotices: 5, penalties: 10 },
    );
    expect(shares).toEqual([
      { kind: 'SERVICE', items: 70, share: 0.7, target: 0.7, gap: 0 },
      { kind: 'MANAGEMENT', items: 20, share: 0.2, target: 0.2, gap: 0 },
      { kind: 'ENFORCEMENT', items: 10, share: 0.1, target: 0.1, gap: 0 },
    ]);
    expect(distance).toBe(0);
  });

  it('measures how far an enforcement-heavy unit is from 70/20/10', () => {
    const { shares, distance } = workSplit({ ...none, visits: 10 }, { ...noDecisions, warnings: 30, penalties: 60 });
    expect(shares.map((s) => [s.kind, s.share, s.gap])).toEqual([
      ['SERVICE', 0.1, -0.6],
      ['MANAGEMENT', 0.3, 0.1],
      ['ENFORCEMENT', 0.6, 0.5],
    ]);
    expect(distance).toBe(0.6);
  });

  it('has no shares and no distance when there was no work at all', () => {
    const { shares, distance } = workSplit(none, noDecisions);
    expect(shares.every((s) => s.share === null && s.gap === null && s.items === 0)).toBe(true);
    expect(distance).toBeNull();
  });
});
