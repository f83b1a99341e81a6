import type { Thresholds } from '../thresholds/thresholds-rules';
import type { EnforcementProcedure } from './enforcement-procedure.type';

/** Chinese numerals for the short day counts of the deadlines (1–7). */
const DAYS_ZH = ['零', '一', '二', '三', '四', '五', '六', '七'];

/**
 * 执法程序公示 (国办发〔2018〕118号, 事前公开): the simple, general and hearing procedures in plain words, with the
 * bureau's own amounts and deadlines from the thresholds in force (so the public text never disagrees with the rules
 * the graph applies).
 */
export function proceduresUnder(t: Pick<Thresholds, 'largeFineYuan' | 'publicationWorkingDays'>): EnforcementProcedure[] {
  return [
    {
      code: 'SIMPLE',
      nameZh: '简易程序（当场处罚）',
      description:
        '违法事实确凿并有法定依据，对公民处200元以下、对法人或者其他组织处3000元以下罚款或者警告的，执法人员可以当场作出处罚决定：出示执法证件，告知事实、理由和依据及陈述、申辩的权利，填写预定格式、编有号码的处罚决定书当场交付当事人，并报所属机关备案。',
      legalBasis: '《中华人民共和国行政处罚法》第五十一条至第五十三条',
    },
    {
      code: 'GENERAL',
      nameZh: '普通程序',
      description: `其他案件立案后全面、客观、公正地调查取证，执法人员不少于两人；作出决定前告知拟处罚的事实、理由、依据和当事人的陈述、申辩权利；重大执法决定（较大数额罚款、没收、暂扣或吊销许可证件、责令停产停业）须经法制审核；自立案之日起九十日内作出处罚决定，并在${DAYS_ZH[t.publicationWorkingDays] ?? t.publicationWorkingDays}个工作日内公示。`,
      legalBasis: '《中华人民共和国行政处罚法》第五十四条至第六十二条',
    },
    {
      code: 'HEARING',
      nameZh: '听证程序',
      description: `拟作出较大数额罚款（本局：对个人${t.largeFineYuan.person}元以上、对单位${t.largeFineYuan.organisation}元以上）、没收较大数额违法所得或非法财物、降低资质等级、吊销许可证件、责令停产停业或关闭等决定的，告知当事人有权要求听证；当事人在告知后五日内提出的，应当组织听证，听证公开举行（涉及国家秘密、商业秘密或者个人隐私的除外）。`,
      legalBasis: '《中华人民共和国行政处罚法》第六十三条至第六十五条',
    },
  ];
}
