import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { Volunteer } from './volunteer.entity';
import { VolunteerSkill, VolunteerStatus } from './volunteer-enums';

@InputType({ description: '志愿者注册 — register the signed-in caller as a volunteer' })
export class RegisterVolunteerInput {
  @Field(() => String, { description: '姓名 — full name, 2–40 characters' })
  @Length(2, 40)
  name!: string;

  @Field(() => String, { description: '手机号 — 11-digit mainland mobile number (kept protected)' })
  @Matches(/^1\d{10}$/, { message: 'phone must be an 11-digit mainland mobile number' })
  phone!: string;

  @Field(() => [VolunteerSkill], { defaultValue: [], description: '技能 — up to 8 skills' })
  @ArrayMaxSize(8)
  skills!: VolunteerSkill[];

  @Field(() => ID, { nullable: true, description: '服务网格 — preferred grid cell code' })
  @IsOptional()
  @Length(2, 20)
  gridCode?: string | null;
}

@InputType({
  description: '志愿者审核 — vetting decision (PENDING → ACTIVE / REJECTED, ACTIVE ↔ SUSPENDED)',
})
export class VetVolunteerInput {
  @Field(() => ID, { description: 'Volunteer id' })
  volunteerId!: string;

  @Field(() => VolunteerStatus, { description: '新状态 — ACTIVE, REJECTED or SUSPENDED' })
  status!: VolunteerStatus;

  @Field(() => String, { nullable: true, description: '审核意见 — required note' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'Filter for the volunteer list' })
export class VolunteerFilter {
  @Field(() => VolunteerStatus, { nullable: true, description: 'Only this vetting status' })
  status?: VolunteerStatus | null;
}

@ObjectType({ description: 'Result of a volunteer mutation' })
export class VolunteerPayload {
  @Field(() => Volunteer, { description: 'The volunteer after the change' })
  volunteer!: Volunteer;
}
