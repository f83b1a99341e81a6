import { ArrayMaxSize, ArrayMinSize, Matches } from 'class-validator';
import { Field, GraphQLISODateTime, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { Certification } from '../certification/certification.entity';
import { Course } from '../course/course.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Exam } from '../exam/exam.entity';
import { ExternalTrainingClaim } from '../external-claim/external-training-claim.entity';
import { TrainingNotificationKind } from './training-notifications';

registerEnumType(TrainingNotificationKind, {
  name: 'TrainingNotificationKind',
  description: '培训提醒类型 — why the officer is notified (each notice is stored once, when its cause happens or the job finds it due)',
  valuesConfig: {
    NEW_ASSIGNMENT: { description: '新指派 — a course assigned in the last 14 days, not started' },
    DUE_DATE_CHANGED: { description: '截止日期调整 — a trainer moved the due date in the last 14 days (with the reason)' },
    DUE_SOON: { description: '即将截止 — due within 3 days, not completed' },
    OVERDUE: { description: '已逾期 — past the due date, not completed' },
    CERTIFICATION_EXPIRING: { description: '资格即将到期 — at the 90/60/30/7-day reminder points' },
    CERTIFICATION_EXPIRED: { description: '资格已过期 — not eligible for duty until certified again' },
    EXAM_GRADED: { description: '考试已评分 — an attempt submitted in the last 14 days is graded (case analyses: once a trainer graded them)' },
    EXTERNAL_CLAIM_DECIDED: { description: '学时申报已审核 — a trainer approved or rejected an external-training claim in the last 14 days' },
  },
});

@ObjectType({
  description: '培训提醒 — something the officer must act on, stored once when it became true (by the change that caused it or the daily-date job)',
})
export class TrainingNotification {
  @Field(() => String, {
    description: '提醒标识 — stable key; changes when the fact changes (a new due date, the next reminder point). Pass it to markTrainingNotificationsRead',
  })
  key!: string;

  @Field(() => TrainingNotificationKind, { description: '类型 — kind' })
  kind!: TrainingNotificationKind;

  @Field(() => String, { description: '标题 — short title in Chinese (e.g. 即将截止)' })
  title!: string;

  @Field(() => String, { description: '内容 — the message in Chinese, ready to show' })
  message!: string;

  @Field(() => String, { description: '日期 — when it became true (YYYY-MM-DD, Asia/Shanghai)' })
  occurredOn!: string;

  @Field(() => String, { nullable: true, description: '截止/到期日 — the due date or the certification’s expiry' })
  dueOn!: string | null;

  @Field(() => Boolean, { description: '已读 — the officer marked this key as read' })
  read!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '已读时间 — when the officer marked it read; null while unread' })
  readAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: '生成时间 — when the notice was stored (produced)' })
  createdAt!: Date;

  @Field(() => Enrollment, { nullable: true, description: '学习记录 — the assignment, for assignment notices' })
  enrollment!: Enrollment | null;

  @Field(() => Course, { nullable: true, description: '课程 — the course, for course-assignment notices' })
  course!: Course | null;

  @Field(() => Exam, { nullable: true, description: '考试 — the exam, for exam-assignment notices' })
  exam!: Exam | null;

  @Field(() => Certification, { nullable: true, description: '执法资格 — the certification, for certification notices' })
  certification!: Certification | null;

  @Field(() => ExamAttempt, { nullable: true, description: '考试作答 — the graded attempt, for EXAM_GRADED (its score as the review policy shows it)' })
  examAttempt!: ExamAttempt | null;

  @Field(() => ExternalTrainingClaim, { nullable: true, description: '外部培训申报 — the decided claim, for EXTERNAL_CLAIM_DECIDED' })
  externalClaim!: ExternalTrainingClaim | null;
}

@ObjectType({ description: '我的培训提醒 — the signed-in officer’s stored notices, newest first' })
export class TrainingNotificationList {
  @Field(() => Int, { description: '未读数 — notices not marked read (for a badge)' })
  unreadCount!: number;

  @Field(() => Int, { description: '总数 — notices matching the filter (items holds the newest `first` of them)' })
  totalCount!: number;

  @Field(() => [TrainingNotification], { description: '提醒 — the newest notices (at most `first`, default 50), newest first; each fact notified once' })
  items!: TrainingNotification[];
}

@InputType({ description: '标记已读 — marks notices of the signed-in officer as read' })
export class MarkTrainingNotificationsReadInput {
  @Field(() => [String], {
    description:
      '提醒标识 — 1–100 keys from Officer.notifications (each ≤ 120 characters); a key that is not one of your notices is NOT_FOUND and nothing is marked',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(/^[A-Z_]{5,30}:[0-9a-f-]{36}(:[0-9-]{1,10})?$/, { each: true, message: 'each key must be a key from myTrainingNotifications' })
  keys!: string[];
}

@ObjectType({ description: 'Result of markTrainingNotificationsRead' })
export class MarkTrainingNotificationsReadPayload {
  @Field(() => Int, { description: '新标记数 — keys marked by this call (0 when repeated)' })
  markedCount!: number;

  @Field(() => Int, { description: '未读数 — notices still unread' })
  unreadCount!: number;
}
