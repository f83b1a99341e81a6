import { registerEnumType } from 'type-graphql';

export enum ActivityKind {
  CIVILITY_PERSUASION = 'CIVILITY_PERSUASION',
  CLEAN_UP = 'CLEAN_UP',
  TRAFFIC_GUIDANCE = 'TRAFFIC_GUIDANCE',
  SCHOOL_SAFETY = 'SCHOOL_SAFETY',
  OUTREACH = 'OUTREACH',
  OPEN_DAY = 'OPEN_DAY',
  LABOR_IN_LIEU = 'LABOR_IN_LIEU',
}

export enum HoursStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: '活动类型 — kind of volunteer activity',
  valuesConfig: {
    CIVILITY_PERSUASION: { description: '文明劝导 — civility persuasion' },
    CLEAN_UP: { description: '环境清洁 — clean-up' },
    TRAFFIC_GUIDANCE: { description: '交通疏导 — traffic guidance' },
    SCHOOL_SAFETY: { description: '护学 — school-gate safety' },
    OUTREACH: { description: '进社区 / 进学校 — outreach' },
    OPEN_DAY: { description: '城管开放日 — open day' },
    LABOR_IN_LIEU: { description: '以劳代罚 — labour in lieu of a fine' },
  },
});

registerEnumType(HoursStatus, {
  name: 'HoursStatus',
  description: '时长审核 — review of the hours of one sign-up',
  valuesConfig: {
    PENDING: { description: '待审核 — checked out, waiting for an officer' },
    APPROVED: { description: '已认定 — approved; points granted' },
    DECLINED: { description: '不予认定 — declined' },
  },
});
