import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { Report } from './report.entity';

export const reportById = defineKeyLoader('reportById', Report, 'id');
