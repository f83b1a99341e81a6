import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Case } from './case.entity';

@ObjectType({ description: '执法案件列表 — a page of cases' })
export class CaseConnection extends Connection(Case, '执法案件') {}
