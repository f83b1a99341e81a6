import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '培训班筛选 — every given criterion must hold (AND); omit a field to ignore it' })
export class CohortFilterInput {
  @Field(() => String, { nullable: true, description: '名称包含 — the name contains this text, 1–60 characters' })
  @IsOptional()
  @Length(1, 60)
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: '成员 — only cohorts this officer belongs to' })
  @IsOptional()
  @IsUUID()
  memberId?: string | null;
}
