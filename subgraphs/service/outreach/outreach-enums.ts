import { registerEnumType } from 'type-graphql';

export enum OutreachKind {
  COMMUNITY_TALK = 'COMMUNITY_TALK',
  SCHOOL_CLASS = 'SCHOOL_CLASS',
  MERCHANT_BRIEFING = 'MERCHANT_BRIEFING',
  OPEN_DAY = 'OPEN_DAY',
}

registerEnumType(OutreachKind, {
  name: 'OutreachKind',
  description: '宣传教育形式 — kind of outreach event',
  valuesConfig: {
    COMMUNITY_TALK: { description: '社区宣讲 — a talk in a community' },
    SCHOOL_CLASS: { description: '进校园 — a school class ("我是小小城管员")' },
    MERCHANT_BRIEFING: { description: '商户培训 — a briefing for merchants (门前三包, 疏导点规则)' },
    OPEN_DAY: { description: '城管开放日 — an open day of the bureau' },
  },
});
