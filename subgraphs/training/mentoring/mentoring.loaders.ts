import { leanFind, leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { MentoringCheckIn } from './mentoring-check-in.entity';
import { Mentorship } from './mentorship.entity';

/** Pairs where the officer is mentor or mentee, newest first; one statement per batch. */
export const mentorshipsByOfficer = defineLoader<string, Mentorship[]>('mentorshipsByOfficer', (scope) => async (ids) => {
  const rows = await leanFind(
    scope.em,
    Mentorship,
    { $or: [{ mentorId: { $in: [...ids] } }, { menteeId: { $in: [...ids] } }] },
    { orderBy: { startsOn: 'desc', id: 'asc' } },
  );
  return ids.map((id) => rows.filter((r) => r.mentorId === id || r.menteeId === id));
});

export const checkInsByMentorship = defineLoader<string, MentoringCheckIn[]>('checkInsByMentorship', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, MentoringCheckIn, 'mentorshipId', ids, [
    ['occurredOn', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (r) => r.mentorshipId);
});
