import { certificationState, rollUp, subtree } from './rollup';
import type { OfficerStanding, TreeNode } from './rollup';

const tree: TreeNode[] = [
  { unitId: 'bureau', parentUnitId: null, shortName: '执法局' },
  { unitId: 'urban', parentUnitId: 'bureau', shortName: '城区大队' },
  { unitId: 'towns', parentUnitId: 'bureau', shortName: '乡镇大队' },
  { unitId: 'yunshan', parentUnitId: 'urban', shortName: '云山中队' },
  { unitId: 'youbu', parentUnitId: 'towns', shortName: '游埠中队' },
];
const officer = (
  officerId: string,
  unitId: string,
  trainingComplete: boolean,
  dutyEligible: boolean,
  certification: OfficerStanding['certification'] = 'VALID',
): OfficerStanding => ({ officerId, unitId, trainingComplete, dutyEligible, certification });

describe('compliance roll-up over the unit tree (issue 10)', () => {
  const officers = [
    officer('a', 'yunshan', true, true),
    officer('b', 'yunshan', false, false, 'EXPIRED'),
    officer('c', 'urban', true, false, 'NONE'),
    officer('d', 'youbu', true, true, 'EXPIRING'),
    officer('e', 'bureau', false, true),
  ];

  it('counts a squad’s officers in its brigade and the bureau as well (shares in percent, one decimal)', () => {
    const rows = new Map(rollUp(tree, officers, null).map((r) => [r.unitId, r]));
    expect(rows.get('yunshan')!.stats).toMatchObject({
      officerCount: 2,
      trainingCompleteCount: 1,
      trainingCompleteShare: 50,
      dutyEligibleCount: 1,
      certificationExpiredCount: 1,
    });
    expect(rows.get('urban')!.stats).toMatchObject({
      officerCount: 3,
      trainingCompleteCount: 2,
      trainingCompleteShare: 66.7,
      dutyEligibleShare: 33.3,
      notCertifiedCount: 1,
    });
    expect(rows.get('bureau')!.stats).toMatchObject({ officerCount: 5, trainingCompleteCount: 3, dutyEligibleCount: 3, certificationExpiringCount: 1 });
    expect(rows.get('bureau')!.directOfficerCount).toBe(1);
  });

  it('answers a brigade’s subtree only, depth first, and null shares for a unit without officers', () => {
    const rows = rollUp(tree, [officer('d', 'youbu', true, true)], 'urban');
    expect(rows.map((r) => [r.unitId, r.depth])).toEqual([
      ['urban', 0],
      ['yunshan', 1],
    ]);
    expect(rows[0].stats).toMatchObject({ officerCount: 0, trainingCompleteShare: null, dutyEligibleShare: null });
  });

  it('walks a cyclic replica once instead of looping', () => {
    const cyclic = [
      { unitId: 'x', parentUnitId: 'y', shortName: 'X' },
      { unitId: 'y', parentUnitId: 'x', shortName: 'Y' },
    ];
    expect(subtree(cyclic, 'x').map((n) => n.unitId)).toEqual(['x', 'y']);
    expect(rollUp(cyclic, [officer('a', 'y', true, true)], 'x').map((r) => r.stats.officerCount)).toEqual([1, 1]);
  });

  it('calls a certificate expiring within 90 days EXPIRING, a past one EXPIRED, and a suspended one SUSPENDED', () => {
    expect(certificationState({ expiresOn: '2027-03-02', suspended: false }, '2026-12-02')).toBe('EXPIRING'); // 90 days
    expect(certificationState({ expiresOn: '2027-03-03', suspended: false }, '2026-12-02')).toBe('VALID');
    expect(certificationState({ expiresOn: '2026-12-01', suspended: false }, '2026-12-02')).toBe('EXPIRED');
    expect(certificationState({ expiresOn: '2027-12-01', suspended: true }, '2026-12-02')).toBe('SUSPENDED');
    expect(certificationState(null, '2026-12-02')).toBe('NONE');
  });
});
