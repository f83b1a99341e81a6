import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { TrainingNotificationService } from './notification.service';
import { MarkTrainingNotificationsReadInput, MarkTrainingNotificationsReadPayload, TrainingNotificationList } from './notification.types';

@Resolver()
export class TrainingNotificationResolver {
  @Query(() => TrainingNotificationList, {
    description:
      '我的培训提醒 — the signed-in officer’s new assignments, due-date changes, due-soon and overdue courses and certification expiry, newest first (officers)',
    deprecationReason: 'Use Officer.notifications (the same list, with external claims decided): officer(id: <your id>) { notifications { … } }',
  })
  @RequiresRoles('OFFICER')
  myTrainingNotifications(@Ctx() ctx: SubgraphContext) {
    return ctx.services.get(TrainingNotificationService).mine();
  }

  @Mutation(() => MarkTrainingNotificationsReadPayload, { description: '标记已读 — marks the signed-in officer’s notices read by key; idempotent (officers)' })
  @RequiresRoles('OFFICER')
  markTrainingNotificationsRead(
    @Arg('input', () => MarkTrainingNotificationsReadInput) input: MarkTrainingNotificationsReadInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(TrainingNotificationService).markRead(input);
  }
}
