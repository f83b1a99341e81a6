import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Volunteer } from './volunteer.entity';

@ObjectType({ description: '志愿者列表 — a page of volunteers' })
export class VolunteerConnection extends Connection(Volunteer, '志愿者') {}
