import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { ExamAttempt } from './exam-attempt.entity';

@ObjectType({ description: '作答列表 — a page of exam attempts, latest first' })
export class ExamAttemptConnection extends Connection(ExamAttempt, '考试作答') {}
