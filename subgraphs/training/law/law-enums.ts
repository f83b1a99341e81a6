import { registerEnumType } from 'type-graphql';

export enum LawArticleStatus {
  CURRENT = 'CURRENT',
  AMENDED = 'AMENDED',
  RETIRED = 'RETIRED',
}

registerEnumType(LawArticleStatus, {
  name: 'LawArticleStatus',
  description: '法条状态 — status of one version of a law article',
  valuesConfig: {
    CURRENT: { description: '现行有效 — in force' },
    AMENDED: { description: '已修订 — replaced by a newer version' },
    RETIRED: { description: '已废止 — repealed, no successor' },
  },
});
