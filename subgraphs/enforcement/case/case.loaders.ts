import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { Case } from './case.entity';

export const caseById = defineKeyLoader('caseById', Case, 'id');
