import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Enrollment } from './enrollment.entity';

@ObjectType({ description: '学习记录列表 — a page of enrollments' })
export class EnrollmentConnection extends Connection(Enrollment, '学习记录') {}
