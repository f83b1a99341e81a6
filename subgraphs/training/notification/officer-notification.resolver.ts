import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { Authenticated } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.stub';
import { MAX_NOTICES, TrainingNotificationService } from './notification.service';
import { TrainingNotificationList } from './notification.types';

@Resolver(() => Officer)
export class OfficerNotificationResolver {
  @FieldResolver(() => TrainingNotificationList, {
    description:
      '我的提醒 — new assignments, due soon, overdue, certification expiring (90/60/30/7 days) or expired, exam graded, external claim decided; each stored once when it became true; newest first; mark read with markTrainingNotificationsRead (the officer only; others FORBIDDEN)',
  })
  @Authenticated()
  notifications(
    @Root() officer: Officer,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { defaultValue: 50, description: `条数 — how many of the newest notices to return, 1–${MAX_NOTICES}` }) first: number,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: '只看未读 — only notices not marked read' }) unreadOnly: boolean,
  ) {
    return ctx.services.get(TrainingNotificationService).forOfficer(officer.id, { first, unreadOnly });
  }
}
