import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { Course } from './course.entity';

export const courseById = defineKeyLoader('courseById', Course, 'id');
