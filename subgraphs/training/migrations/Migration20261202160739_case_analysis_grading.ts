import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 10 part B: case-analysis questions graded by hand — the grader, time and comment per item, an attempt state
 * AWAITING_GRADING and the question type CASE_ANALYSIS (enum values cannot be dropped again: down() keeps them).
 */
export class Migration20261202160739_case_analysis_grading extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "training"."attempt_item" add column "graded_by" varchar(80) null, add column "graded_at" timestamptz null, add column "grader_comment" varchar(500) null;`);

    this.addSql(`alter type "training"."attempt_status" add value if not exists 'AWAITING_GRADING' after 'IN_PROGRESS';`);

    this.addSql(`alter type "training"."question_type" add value if not exists 'CASE_ANALYSIS' after 'SHORT_ANSWER';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training"."attempt_item" drop column "graded_by", drop column "graded_at", drop column "grader_comment";`);
  }
}
