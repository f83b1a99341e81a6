import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Course } from './course.entity';

@ObjectType({ description: '课程列表 — a page of training courses' })
export class CourseConnection extends Connection(Course, '培训课程') {}
