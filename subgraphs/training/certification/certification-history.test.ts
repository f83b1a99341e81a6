import { CertificationEventKind as K, certificationHistory } from './certification-history';
import type { CertRecord } from './certification-history';

const rec = (id: string, over: Partial<CertRecord> = {}): CertRecord => ({
  id,
  issuedOn: '2023-03-15',
  expiresOn: '2026-03-15',
  suspended: false,
  supersedesId: null,
  reason: '通过认证考试',
  issuedBy: 'system',
  sourceAttemptId: null,
  createdAt: new Date('2023-03-15T02:00:00Z'),
  ...over,
});
const kinds = (records: CertRecord[], today: string) => certificationHistory(records, today).map((e) => [e.kind, e.occurredOn]);

describe('certification history (执法资格变更史)', () => {
  it('shows a single valid grant as one GRANTED event', () => {
    expect(kinds([rec('a', { expiresOn: '2027-03-15' })], '2026-12-02')).toEqual([[K.GRANTED, '2023-03-15']]);
  });

  it('derives the expiry the day after expiresOn (valid through that day, as for duty eligibility)', () => {
    expect(kinds([rec('a')], '2026-03-15')).toEqual([[K.GRANTED, '2023-03-15']]);
    expect(kinds([rec('a')], '2026-03-16')).toEqual([
      [K.GRANTED, '2023-03-15'],
      [K.EXPIRED, '2026-03-16'],
    ]);
  });

  it('orders a suspension and a reinstatement by a trainer with their reasons, whatever order the rows come in', () => {
    const records = [
      rec('c', {
        supersedesId: 'b',
        expiresOn: '2027-03-15',
        reason: '调查结论不属实，恢复资格',
        issuedBy: 'trainer-2',
        createdAt: new Date('2026-06-01T02:00:00Z'),
      }),
      rec('a', { expiresOn: '2027-03-15' }),
      rec('b', {
        supersedesId: 'a',
        expiresOn: '2027-03-15',
        suspended: true,
        reason: '涉嫌违规执法，暂停资格',
        issuedBy: 'trainer-1',
        createdAt: new Date('2026-05-01T02:00:00Z'),
      }),
    ];
    const history = certificationHistory(records, '2026-12-02');
    expect(history.map((e) => [e.kind, e.occurredOn, e.reason, e.by])).toEqual([
      [K.GRANTED, '2023-03-15', '通过认证考试', 'system'],
      [K.SUSPENDED, '2026-05-01', '涉嫌违规执法，暂停资格', 'trainer-1'],
      [K.REINSTATED, '2026-06-01', '调查结论不属实，恢复资格', 'trainer-2'],
    ]);
  });

  it('records one expiry between a lapse and a later renewal by exam, and none after it', () => {
    const records = [rec('a'), rec('b', { supersedesId: 'a', issuedOn: '2026-05-10', expiresOn: '2029-05-10', sourceAttemptId: 'att-1' })];
    expect(kinds(records, '2026-12-02')).toEqual([
      [K.GRANTED, '2023-03-15'],
      [K.EXPIRED, '2026-03-16'],
      [K.RENEWED, '2026-05-10'],
    ]);
  });

  it('counts an expiry once when a suspension of the lapsed certificate keeps the same expiry date', () => {
    const records = [rec('a'), rec('b', { supersedesId: 'a', suspended: true, reason: '吊销', createdAt: new Date('2026-06-01T02:00:00Z') })];
    expect(kinds(records, '2026-12-02')).toEqual([
      [K.GRANTED, '2023-03-15'],
      [K.EXPIRED, '2026-03-16'],
      [K.SUSPENDED, '2026-06-01'],
    ]);
  });

  it('shows an extension of an expired certificate after its expiry', () => {
    const records = [rec('a'), rec('b', { supersedesId: 'a', expiresOn: '2027-03-15', reason: '补录延期', createdAt: new Date('2026-04-01T02:00:00Z') })];
    expect(kinds(records, '2026-12-02')).toEqual([
      [K.GRANTED, '2023-03-15'],
      [K.EXPIRED, '2026-03-16'],
      [K.EXPIRY_CHANGED, '2026-04-01'],
    ]);
  });
});
