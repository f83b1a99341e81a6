import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { Stall } from './stall.entity';

export const stallById = defineKeyLoader('stallById', Stall, 'id');
