import { IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

import { CourseCategory } from '../course/course-category.enum';
import { TrainingHoursEntry } from './training-hours-entry.entity';
import { TrainingHoursSummary } from './training-hours.types';

@InputType({ description: '学时更正 — a correcting ledger entry (entries are never edited)' })
export class RecordHoursCorrectionInput {
  @Field(() => ID, { description: '队员 — officer id' })
  @IsUUID()
  officerId!: string;

  @Field(() => Int, { description: '年度 — 2000–2100' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => CourseCategory, { description: '类别 — category corrected' })
  category!: CourseCategory;

  @Field(() => Float, { description: '学时 — −100…100, non-zero, multiple of 0.5; negative deducts' })
  @Min(-100)
  @Max(100)
  hours!: number;

  @Field(() => String, { description: '更正原因 — reason, 5–200 characters' })
  @Length(5, 200)
  reason!: string;
}

@ObjectType({ description: 'Result of a ledger write' })
export class HoursEntryPayload {
  @Field(() => TrainingHoursEntry, { description: 'The new ledger entry' })
  entry!: TrainingHoursEntry;

  @Field(() => TrainingHoursSummary, { description: 'The officer’s year after the entry' })
  summary!: TrainingHoursSummary;
}
