import { Field, Float, Int, ObjectType } from 'type-graphql';

import { TrainingHoursSummary } from '../training-hours/training-hours.types';

@ObjectType({
  description:
    '队员综合评估 — one profile of an officer for a year: training hours, exams, drills, mentoring (this subgraph) and, ' +
    'through the graph, substantiated complaints (participation) and education-before-penalty share (enforcement)',
})
export class OfficerAssessment {
  @Field(() => Int, { description: '年度 — year' })
  year!: number;

  @Field(() => TrainingHoursSummary, { description: '培训学时 — hours of the year against the requirement' })
  trainingHours!: TrainingHoursSummary;

  @Field(() => Int, { description: '考试次数 — graded exam attempts submitted in the year' })
  examsTaken!: number;

  @Field(() => Float, { nullable: true, description: '最近考试得分（%） — score of the latest graded attempt of the year' })
  latestExamScorePercent!: number | null;

  @Field(() => Boolean, { nullable: true, description: '最近考试是否及格 — whether that attempt passed' })
  latestExamPassed!: boolean | null;

  @Field(() => Int, { description: '情景模拟完成次数 — scenario-drill runs finished in the year' })
  drillRunsFinished!: number;

  @Field(() => Int, { description: '严重失误次数 — finished runs that ended in a critical failure (e.g. escalating to force)' })
  drillCriticalFailures!: number;

  @Field(() => Boolean, { description: '老带新出师 — the officer’s mentoring as a mentee was signed off by the mentor' })
  mentoringSignedOff!: boolean;

  @Field(() => Int, { nullable: true, description: '投诉属实数 — substantiated citizen complaints (from participation); null when not visible' })
  substantiatedComplaints!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '人性化程度：教育在先比例 — share of the officer’s decided cases whose first disposition was service, warning or rectification rather than a penalty (from enforcement); null without decided cases',
  })
  educationFirstShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "社区双线考核得分 — 0–100: the squad's and the residents' ratings of the officer's community post over the last 365 days (from service); null until both lines have rated",
  })
  communityScore!: number | null;
}
