import { registerEnumType } from 'type-graphql';

export enum EnrollmentStatus {
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}

registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description: '学习状态 — state of an officer’s enrollment in a course',
  valuesConfig: {
    ASSIGNED: { description: '已指派 — assigned, not started' },
    IN_PROGRESS: { description: '学习中 — started (prerequisites were met)' },
    COMPLETED: { description: '已完成 — every lesson done; hours credited once' },
  },
});
