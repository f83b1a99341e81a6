import { STATUTORY_THRESHOLDS } from '../thresholds/thresholds-rules';
import { proceduresUnder } from './enforcement-procedures';

describe('执法程序公示 — procedures in plain words (《行政处罚法》第五十一、五十四、六十三条; 国办发〔2018〕118号)', () => {
  it('lists the simple, general and hearing procedures with the statutory amounts and the 7 working days by default', () => {
    const [simple, general, hearing] = proceduresUnder(STATUTORY_THRESHOLDS);
    expect([simple.code, general.code, hearing.code]).toEqual(['SIMPLE', 'GENERAL', 'HEARING']);
    expect(general.description).toContain('七个工作日内公示');
    expect(hearing.description).toContain('对个人5000元以上、对单位50000元以上');
  });

  it("states the bureau's own amounts and deadline once it adopted others", () => {
    const [, general, hearing] = proceduresUnder({ largeFineYuan: { person: 3_000, organisation: 30_000 }, publicationWorkingDays: 5 });
    expect(general.description).toContain('五个工作日内公示');
    expect(hearing.description).toContain('对个人3000元以上、对单位30000元以上');
  });
});
