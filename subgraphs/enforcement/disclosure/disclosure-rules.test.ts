import { PenaltyMeasure as M } from '../disposition/penalty-measure';
import { decisionText, isMinorAt, publicationDueBy, surnameOnly, withdrawalDueBy } from './disclosure-rules';

describe('行政执法公示 — disclosure rules (国办发〔2018〕118号, 《行政处罚法》第四十八条、第八十五条)', () => {
  it("reduces a person's name to the surname, compound surnames included", () => {
    expect(surnameOnly('张三')).toBe('张某');
    expect(surnameOnly('王建国')).toBe('王某');
    expect(surnameOnly('欧阳娜娜')).toBe('欧阳某');
    expect(surnameOnly(' 司马光 ')).toBe('司马某');
  });

  it('publishes within 7 working days of the decision, the weekend not counted', () => {
    const friday = new Date('2026-11-20T02:00:00Z'); // Friday 20 Nov 2026, 10:00 CST
    expect(publicationDueBy(friday, 7).toISOString()).toBe('2026-12-01T10:00:00.000Z'); // Tuesday 1 Dec, 18:00 CST
  });

  it('follows a shorter publication deadline the bureau adopted', () => {
    const friday = new Date('2026-11-20T02:00:00Z');
    expect(publicationDueBy(friday, 5).toISOString()).toBe('2026-11-27T10:00:00.000Z'); // Mon–Fri of the next week
  });

  it('withdraws within 3 working days of the change', () => {
    const thursday = new Date('2026-11-26T02:00:00Z');
    expect(withdrawalDueBy(thursday, 3).toISOString()).toBe('2026-12-01T10:00:00.000Z'); // Fri, Mon, Tue
  });

  it('states the decision in plain words, confiscation and licence measures included (《行政处罚法》第九条)', () => {
    expect(decisionText(500)).toBe('罚款人民币500元');
    expect(decisionText(20_000, [M.REVOKE_LICENCE, M.CONFISCATE_ILLEGAL_GAINS], 3_200)).toBe(
      '罚款人民币20000元；没收违法所得（价值人民币3200元）；吊销许可证件',
    );
  });

  it('recognises a minor from the birth date in the ID number, up to the day before the 18th birthday', () => {
    const id = '330781200812150012';
    expect(isMinorAt(id, new Date('2026-12-14T15:00:00Z'))).toBe(true); // 23:00 CST on 14 Dec 2026
    expect(isMinorAt(id, new Date('2026-12-14T16:00:00Z'))).toBe(false); // 00:00 CST on 15 Dec 2026
    expect(isMinorAt('330781199001010011', new Date())).toBe(false);
    expect(isMinorAt('not-an-id', new Date())).toBe(false);
  });
});
