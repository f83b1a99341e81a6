import { ArrayMaxSize, ArrayMinSize, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { Cohort } from './cohort.entity';

@InputType({ description: '新建培训班 — a named group of officers' })
export class CreateCohortInput {
  @Field(() => String, { description: '名称 — 2–60 characters' })
  @Length(2, 60)
  name!: string;

  @Field(() => [ID], { description: '成员 — 1–500 officer ids' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  officerIds!: string[];
}

@ObjectType({ description: 'Result of createCohort' })
export class CohortPayload {
  @Field(() => Cohort, { description: 'The cohort' })
  cohort!: Cohort;
}
