import { caseWhere } from './case-filter';
import { CaseStatus, CaseTrack } from './case-enums';

const now = new Date('2026-11-01T00:00:00Z');

describe('case list filter', () => {
  it('is empty without filters', () => {
    expect(caseWhere({}, now)).toEqual({});
  });

  it('maps each filter to its column', () => {
    const officerId = '6f1c2b1e-8f4e-4c1a-9a51-3b1e2f4d5c6a';
    expect(
      caseWhere({ status: CaseStatus.FILED, gridCode: 'LX-YS-01', officerId, violationTypeCode: 'SV-01', track: CaseTrack.SERVICE, typical: true }, now),
    ).toEqual({
      status: 'FILED',
      gridCell: 'LX-YS-01',
      assignee: officerId,
      violationType: 'SV-01',
      track: 'SERVICE',
      isTypicalCase: true,
    });
  });

  it('turns a period into a half-open range on occurredAt', () => {
    const from = new Date('2026-10-01T00:00:00Z');
    expect(caseWhere({ occurredFrom: from, occurredTo: now }, now)).toEqual({ occurredAt: { $gte: from, $lt: now } });
  });

  it('treats overdue as an open status past its due time', () => {
    expect(caseWhere({ overdue: true }, now)).toEqual({
      $and: [{ dueAt: { $lt: now } }, { status: { $in: ['REPORTED', 'FILED', 'ASSIGNED', 'IN_PROGRESS'] } }],
    });
  });

  it('refuses a malformed party id with BAD_USER_INPUT on filter.partyId', () => {
    expect(() => caseWhere({ partyId: 'abc' }, now)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'filter.partyId' }) }),
    );
  });
});
