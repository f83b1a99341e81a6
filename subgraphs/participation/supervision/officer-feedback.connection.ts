import { ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { OfficerFeedback } from './officer-feedback.entity';

@ObjectType({ description: '监督反馈列表 — a page of officer feedback' })
export class OfficerFeedbackConnection extends Connection(OfficerFeedback, '监督反馈') {}
