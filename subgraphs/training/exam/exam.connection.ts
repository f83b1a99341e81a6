import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Exam } from './exam.entity';

@ObjectType({ description: '考试列表 — a page of exams' })
export class ExamConnection extends Connection(Exam, '考试') {}
