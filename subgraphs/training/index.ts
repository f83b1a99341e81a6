import path from 'node:path';

import { referenceVia } from '../../kernel/graphql/reference';
import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import { Course } from './course/course.entity';
import { courseById } from './course/course.loaders';
import { CourseResolver } from './course/course.resolver';
import { migrations } from './migrations';
import { OfficerTrainingResolver } from './officer/officer-training.resolver';
import { Officer } from './officer/officer.stub';
import { seedTraining } from './seed/seed-training';
import { TrainingHoursEntry } from './training-hours/training-hours-entry.entity';

/** 培训与考核 subgraph: courses and training hours (later: assignments, exams, drills, mentoring). */
export const training = defineSubgraph({
  name: 'training',
  dbSchema: 'training',
  migrationsDir: path.join(__dirname, 'migrations'),
  entities: [Course, TrainingHoursEntry],
  resolvers: [CourseResolver, OfficerTrainingResolver],
  orphanedTypes: [Officer],
  references: {
    Course: referenceVia(courseById, 'id'),
    Officer: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  },
  migrations,
  seed: seedTraining,
});
