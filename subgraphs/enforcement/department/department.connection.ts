import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Department } from './department.entity';

@ObjectType({ description: '协作部门列表 — a page of partner departments' })
export class DepartmentConnection extends Connection(Department, '协作部门') {}
