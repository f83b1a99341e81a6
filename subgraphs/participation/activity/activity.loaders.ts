import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { Activity } from './activity.entity';

export const activityById = defineKeyLoader('activityById', Activity, 'id');
