import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

import { Certification } from './certification.entity';
import { DutyIneligibility } from './duty-eligibility';

registerEnumType(DutyIneligibility, {
  name: 'DutyIneligibility',
  description: '不得上岗原因 — why an officer may not be on duty (持证上岗)',
  valuesConfig: {
    NOT_CERTIFIED: { description: '未取得执法资格 — no certification' },
    CERTIFICATION_EXPIRED: { description: '资格已过期 — certification expired' },
    SUSPENDED: { description: '资格暂停 — certification suspended' },
    HOURS_BEHIND: { description: '学时进度不足 — this year’s hours below the pro-rata share of 40' },
  },
});

@ObjectType({ description: '上岗资格 — duty eligibility (持证上岗)' })
export class DutyEligibility {
  @Field(() => Boolean, { description: '可上岗 — no reason applies' })
  eligible!: boolean;

  @Field(() => [DutyIneligibility], { description: '原因 — every reason that applies' })
  reasons!: DutyIneligibility[];
}

@InputType({ description: '更正资格 — a new record superseding the current one (never an edit)' })
export class CorrectCertificationInput {
  @Field(() => ID, { description: '队员 — officer id' })
  @IsUUID()
  officerId!: string;

  @Field(() => String, { nullable: true, description: '新有效期 — YYYY-MM-DD; unchanged when null' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'expiresOn must be a date YYYY-MM-DD' })
  expiresOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: '暂停 — suspend (true) or reinstate (false); unchanged when null' })
  @IsOptional()
  suspended?: boolean | null;

  @Field(() => String, { description: '原因 — 5–200 characters' })
  @Length(5, 200)
  reason!: string;
}

@ObjectType({ description: 'Result of correctCertification' })
export class CertificationPayload {
  @Field(() => Certification, { description: 'The new current record' })
  certification!: Certification;
}
