import { defineKeyLoader } from '../../../kernel/loaders/define-loader';
import { VolunteerTeam } from './volunteer-team.entity';

export const volunteerTeamById = defineKeyLoader('volunteerTeamById', VolunteerTeam, 'id');
