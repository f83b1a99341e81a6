import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Cohort } from './cohort.entity';

@ObjectType({ description: '培训班列表 — a page of cohorts' })
export class CohortConnection extends Connection(Cohort, '培训班') {}
