import { registerEnumType } from 'type-graphql';

/** 局 / 大队 / 中队 / 分队 */
export enum UnitLevel {
  BUREAU = 'BUREAU',
  BRIGADE = 'BRIGADE',
  SQUAD = 'SQUAD',
  TEAM = 'TEAM',
}

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: '执法机构层级 — level of an enforcement unit',
  valuesConfig: {
    BUREAU: { description: '局 — bureau' },
    BRIGADE: { description: '大队 — brigade (district)' },
    SQUAD: { description: '中队 — squad (street)' },
    TEAM: { description: '分队 — team' },
  },
});
