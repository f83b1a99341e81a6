import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { Exam } from './exam.entity';

export const examById = defineKeyLoader('examById', Exam, 'id');
