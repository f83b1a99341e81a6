import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { CertificationEventKind } from './certification-history';
import { Certification } from './certification.entity';

registerEnumType(CertificationEventKind, {
  name: 'CertificationEventKind',
  description: '资格变更类型 — what happened to an officer’s certification',
  valuesConfig: {
    GRANTED: { description: '取得资格 — first certification' },
    RENEWED: { description: '换证 — certified again by passing the certification exam' },
    EXPIRY_CHANGED: { description: '有效期更正 — a trainer changed the expiry date' },
    SUSPENDED: { description: '暂停/吊销资格 — suspended or revoked (not eligible for duty)' },
    REINSTATED: { description: '恢复资格 — a suspension lifted' },
    CORRECTED: { description: '更正 — a superseding record that changed neither expiry nor suspension' },
    EXPIRED: { description: '资格过期 — passed its expiry date while in force (derived, dated the day after expiresOn)' },
  },
});

@ObjectType({ description: '资格变更记录 — one event of an officer’s certification history' })
export class CertificationEvent {
  @Field(() => CertificationEventKind, { description: '类型 — kind' })
  kind!: CertificationEventKind;

  @Field(() => String, { description: '日期 — when it took effect (YYYY-MM-DD, Asia/Shanghai)' })
  occurredOn!: string;

  @Field(() => String, { description: '原因 — the record’s reason (exam passed, correction or suspension reason); 有效期届满 for an expiry' })
  reason!: string;

  @Field(() => String, { nullable: true, description: '经办人 — trainer subject, `system` for exam issuance; null for an expiry' })
  by!: string | null;

  @Field(() => String, { description: '有效期至 — the expiry date in force after this event' })
  expiresOn!: string;

  @Field(() => Certification, { description: '记录 — the certification record this event comes from' })
  record!: Certification;
}
