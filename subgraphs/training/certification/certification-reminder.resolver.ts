import { FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { shanghaiDate } from '../enrollment/shanghai-date';
import { Certification } from './certification.entity';
import { reminderStage } from './reminder-stage';

@Resolver(() => Certification)
export class CertificationReminderResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: '到期提醒节点 — the renewal reminder point reached today (90, 60, 30 or 7 days before expiry); null when further off or expired',
  })
  reminderStage(@Root() c: Certification): number | null {
    return reminderStage(c.expiresOn, shanghaiDate(new Date()));
  }
}
