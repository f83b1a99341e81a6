import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { ObserverAppointment } from './observer-appointment.entity';

@ObjectType({ description: '城管观察员列表 — a page of observer appointments' })
export class ObserverConnection extends Connection(ObserverAppointment, '城管观察员') {}
