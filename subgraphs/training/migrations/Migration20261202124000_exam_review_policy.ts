import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 10, fault 1: each exam gets a review policy. Existing exams take the defaults: a certification exam shows the
 * score only until it closes; a FIXED paper with several attempts keeps its key until the officer's last attempt.
 */
export class Migration20261202124000_exam_review_policy extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "training"."exam" add column "review_policy" jsonb null;`);
    this.addSql(`update "training"."exam" set "review_policy" = jsonb_build_object(
      'score', 'IMMEDIATELY', 'correctness', k.t, 'correctAnswers', k.t, 'explanations', k.t)
      from (select id, case when kind = 'CERTIFICATION' then 'AFTER_CLOSE'
                            when mode = 'FIXED' and max_attempts > 1 then 'AFTER_LAST_ATTEMPT'
                            else 'IMMEDIATELY' end as t from "training"."exam") k
      where k.id = "exam"."id";`);
    this.addSql(`alter table "training"."exam" alter column "review_policy" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training"."exam" drop column "review_policy";`);
  }
}
