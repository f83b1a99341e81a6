import { registerEnumType } from 'type-graphql';

/** Who must take a course (必修对象). NEW_HIRE = officers in their first year (see TrainingProfile.hiredOn). */
export enum MandatoryAudience {
  OFFICER = 'OFFICER',
  SUPERVISOR = 'SUPERVISOR',
  TRAINER = 'TRAINER',
  NEW_HIRE = 'NEW_HIRE',
}

registerEnumType(MandatoryAudience, {
  name: 'MandatoryAudience',
  description: '必修对象 — who must take a course',
  valuesConfig: {
    OFFICER: { description: '执法队员 — every officer' },
    SUPERVISOR: { description: '中队长及以上 — supervisors' },
    TRAINER: { description: '教官 — trainers' },
    NEW_HIRE: { description: '新入职队员 — new hires (岗前必修)' },
  },
});
