import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { Report } from './report.entity';

@ObjectType({ description: '随手拍列表 — a page of citizen reports' })
export class ReportConnection extends Connection(Report, '随手拍') {}
