import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Authenticated } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.stub';
import { TrainingNotificationService } from './notification.service';
import { TrainingNotificationList } from './notification.types';

@Resolver(() => Officer)
export class OfficerNotificationResolver {
  @FieldResolver(() => TrainingNotificationList, {
    description:
      '我的提醒 — new assignments, due soon, overdue, certification expiring (90/60/30/7 days) or expired, exam graded, external claim decided; newest first; mark read with markTrainingNotificationsRead (the officer only; others FORBIDDEN)',
  })
  @Authenticated()
  notifications(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(TrainingNotificationService).forOfficer(officer.id);
  }
}
