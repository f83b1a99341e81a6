import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { ActivitySignUp } from './activity-sign-up.entity';

@ObjectType({ description: '报名列表 — a page of activity sign-ups' })
export class ActivitySignUpConnection extends Connection(ActivitySignUp, '活动报名') {}
