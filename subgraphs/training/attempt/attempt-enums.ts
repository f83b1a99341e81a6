import { registerEnumType } from 'type-graphql';

export enum AttemptStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  AWAITING_GRADING = 'AWAITING_GRADING',
  GRADED = 'GRADED',
}

registerEnumType(AttemptStatus, {
  name: 'AttemptStatus',
  description: '作答状态 — state of an exam attempt',
  valuesConfig: {
    IN_PROGRESS: { description: '作答中 — answers accepted until the server-side deadline' },
    AWAITING_GRADING: { description: '待人工评分 — submitted; case-analysis answers wait for a trainer, so score and pass/fail are not final yet' },
    GRADED: { description: '已评分 — submitted (or expired: graded as submitted at the deadline)' },
  },
});
