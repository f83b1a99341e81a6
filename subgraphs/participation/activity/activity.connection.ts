import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Activity } from './activity.entity';

@ObjectType({ description: '志愿活动列表 — a page of activities' })
export class ActivityConnection extends Connection(Activity, '志愿活动') {}
