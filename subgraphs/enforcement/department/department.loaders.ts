import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { Department } from './department.entity';

export const departmentById = defineKeyLoader('departmentById', Department, 'id');
