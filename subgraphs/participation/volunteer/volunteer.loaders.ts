import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { Volunteer } from './volunteer.entity';

export const volunteerById = defineKeyLoader('volunteerById', Volunteer, 'id');
