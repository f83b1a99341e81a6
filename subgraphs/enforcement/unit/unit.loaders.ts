import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { Unit } from './unit.entity';

export const unitById = defineKeyLoader('unitById', Unit, 'id');
