import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { Drill } from './drill.entity';

export const drillById = defineKeyLoader('drillById', Drill, 'id');
