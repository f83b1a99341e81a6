import { registerEnumType } from 'type-graphql';

export enum AttemptStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  GRADED = 'GRADED',
}

registerEnumType(AttemptStatus, {
  name: 'AttemptStatus',
  description: '作答状态 — state of an exam attempt',
  valuesConfig: {
    IN_PROGRESS: { description: '作答中 — answers accepted until the server-side deadline' },
    GRADED: { description: '已评分 — submitted (or expired: graded as submitted at the deadline)' },
  },
});
