import { FieldResolver, Resolver, Root } from 'type-graphql';

import { Disposition } from '../disposition/disposition.entity';
import { Activity } from './activity.stub';

@Resolver(() => Disposition)
export class DispositionActivityResolver {
  @FieldResolver(() => Activity, { nullable: true, description: '以劳代罚活动 — LABOR_IN_LIEU: the session the party serves in' })
  activity(@Root() d: Disposition): Activity | null {
    return d.activityId ? { id: d.activityId } : null;
  }
}
