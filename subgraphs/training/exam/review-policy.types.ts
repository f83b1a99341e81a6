import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

/** 解析公布时机 — when one part of the review becomes visible to the examinee (Moodle's review options). */
export enum ReviewTiming {
  IMMEDIATELY = 'IMMEDIATELY',
  AFTER_LAST_ATTEMPT = 'AFTER_LAST_ATTEMPT',
  AFTER_CLOSE = 'AFTER_CLOSE',
  NEVER = 'NEVER',
}

registerEnumType(ReviewTiming, {
  name: 'ReviewTiming',
  description: '公布时机 — when a part of the review is shown to the examinee (trainers always see everything)',
  valuesConfig: {
    IMMEDIATELY: { description: '交卷后立即 — as soon as the attempt is graded' },
    AFTER_LAST_ATTEMPT: { description: '用完作答次数后 — once the officer has no attempt left (or the exam has closed)' },
    AFTER_CLOSE: { description: '考试截止后 — once the exam’s availableUntil has passed' },
    NEVER: { description: '不公布 — never shown to the examinee' },
  },
});

/** 解析公布规则 — what an examinee sees of a graded attempt, and when. One class for the output and the input type. */
@ObjectType('ReviewPolicy', { description: '解析公布规则 — what an examinee sees of a graded attempt and when (review options)' })
@InputType('ReviewPolicyInput', {
  description:
    '解析公布规则 — omit for the default (CERTIFICATION: score immediately, the rest after the exam closes; PRACTICE: everything ' +
    'immediately, or after the last attempt for a FIXED paper with several attempts). A FIXED paper with maxAttempts > 1 ' +
    'refuses IMMEDIATELY for correctness, correctAnswers and explanations (BAD_USER_INPUT): the key would serve the next attempt',
})
export class ReviewPolicy {
  @Field(() => ReviewTiming, { description: '成绩 — total score and pass/fail' })
  score!: ReviewTiming;

  @Field(() => ReviewTiming, { description: '对错 — whether each answer was right (per-question score)' })
  correctness!: ReviewTiming;

  @Field(() => ReviewTiming, { description: '正确答案 — the correct options and reference keywords' })
  correctAnswers!: ReviewTiming;

  @Field(() => ReviewTiming, { description: '解析 — the explanation of each question' })
  explanations!: ReviewTiming;

  @Field(() => Boolean, {
    nullable: true,
    description: '命题人可评分 — CASE_ANALYSIS: may the question’s author grade answers to it? Omitted or null: no (四眼原则, another trainer grades)',
  })
  authorMayGrade?: boolean | null;
}
