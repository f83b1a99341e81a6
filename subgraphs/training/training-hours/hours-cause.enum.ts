import { registerEnumType } from 'type-graphql';

export enum HoursCause {
  COURSE_COMPLETION = 'COURSE_COMPLETION',
  EXTERNAL_TRAINING = 'EXTERNAL_TRAINING',
  CORRECTION = 'CORRECTION',
}

registerEnumType(HoursCause, {
  name: 'HoursCause',
  description: '学时来源 — why training hours were credited',
  valuesConfig: {
    COURSE_COMPLETION: { description: '完成课程 — completed a course' },
    EXTERNAL_TRAINING: { description: '外部培训 — approved external training' },
    CORRECTION: { description: '更正 — a correcting entry (entries are never edited)' },
  },
});
