import { seedId } from '../../../kernel/db/seed-id';
import { ARTICLES, LAW } from './questions.data';

export interface LawArticleSeed {
  lawName: string;
  article: string;
  versionLabel: string;
  effectiveOn: string;
  summary: string;
}

const PENALTY_LAW_2021 = { lawName: LAW, versionLabel: '2021年修订', effectiveOn: '2021-07-15' };

/** 法条库: every article the seeded questions cite (《行政处罚法》2021) and the national 市容 regulation. */
export const LAW_ARTICLES: LawArticleSeed[] = [
  ...ARTICLES.map(([article, summary]) => ({ ...PENALTY_LAW_2021, article, summary })),
  {
    lawName: '《城市市容和环境卫生管理条例》',
    article: '第三十四条',
    versionLabel: '2017年修订',
    effectiveOn: '2017-03-01',
    summary: '有下列行为之一者，城市人民政府市容环境卫生行政主管部门或者其委托的单位除责令其纠正违法行为、采取补救措施外，可以并处警告、罚款',
  },
  {
    lawName: '《城市市容和环境卫生管理条例》',
    article: '第三十六条',
    versionLabel: '2017年修订',
    effectiveOn: '2017-03-01',
    summary: '有下列行为之一者，由城市人民政府市容环境卫生行政主管部门或者其委托的单位责令其停止违法行为，限期清理、拆除或者采取其他补救措施，并可处以罚款',
  },
];

export const lawArticleSeedId = (a: Pick<LawArticleSeed, 'lawName' | 'article' | 'versionLabel'>) =>
  seedId('law-article', `${a.lawName}${a.article}@${a.versionLabel}`);

/** The catalogue entry a free-text citation (e.g. `《中华人民共和国行政处罚法》第三十三条`) refers to, if any. */
export function lawArticleIdForCitation(citation: string | null): string | null {
  const hit = citation ? LAW_ARTICLES.find((a) => `${a.lawName}${a.article}` === citation) : undefined;
  return hit ? lawArticleSeedId(hit) : null;
}
