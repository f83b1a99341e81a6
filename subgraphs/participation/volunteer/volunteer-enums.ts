import { registerEnumType } from 'type-graphql';

export enum VolunteerStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
}

export enum VolunteerSkill {
  PERSUASION = 'PERSUASION',
  TRAFFIC = 'TRAFFIC',
  FIRST_AID = 'FIRST_AID',
  PHOTOGRAPHY = 'PHOTOGRAPHY',
  PUBLICITY = 'PUBLICITY',
  FOREIGN_LANGUAGE = 'FOREIGN_LANGUAGE',
  LAW = 'LAW',
  CLEANING = 'CLEANING',
}

registerEnumType(VolunteerStatus, {
  name: 'VolunteerStatus',
  description: '审核状态 — vetting status of a volunteer',
  valuesConfig: {
    PENDING: { description: '待审核 — registered, waiting for vetting' },
    ACTIVE: { description: '已认证 — vetted, may sign up for activities' },
    REJECTED: { description: '未通过 — not accepted' },
    SUSPENDED: { description: '已暂停 — suspended' },
  },
});

registerEnumType(VolunteerSkill, {
  name: 'VolunteerSkill',
  description: '志愿者技能 — skill a volunteer offers',
  valuesConfig: {
    PERSUASION: { description: '文明劝导 — civility persuasion' },
    TRAFFIC: { description: '交通疏导 — traffic guidance' },
    FIRST_AID: { description: '急救 — first aid' },
    PHOTOGRAPHY: { description: '摄影 — photography' },
    PUBLICITY: { description: '宣传 — publicity' },
    FOREIGN_LANGUAGE: { description: '外语 — foreign language' },
    LAW: { description: '法律咨询 — legal advice' },
    CLEANING: { description: '环境清洁 — cleaning' },
  },
});

/** 审核流程: who may move a volunteer where. */
const VETTING: Record<VolunteerStatus, VolunteerStatus[]> = {
  PENDING: [VolunteerStatus.ACTIVE, VolunteerStatus.REJECTED],
  ACTIVE: [VolunteerStatus.SUSPENDED],
  SUSPENDED: [VolunteerStatus.ACTIVE],
  REJECTED: [],
};

export function canVet(from: VolunteerStatus, to: VolunteerStatus): boolean {
  return VETTING[from].includes(to);
}
