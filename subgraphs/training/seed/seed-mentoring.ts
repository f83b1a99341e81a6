import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { MentoringCheckIn } from '../mentoring/mentoring-check-in.entity';
import { Mentorship, MentorshipStatus } from '../mentoring/mentorship.entity';

const GOALS = ['独立完成简易程序案件办理', '熟练使用执法记录仪与移动执法终端', '掌握说理式执法与群众沟通技巧'];

/** 老带新 pairs for the 2025 new hires (officers 25 and 7): one signed off, one active. */
export async function seedMentoring(em: EntityManager): Promise<number> {
  if ((await em.count(Mentorship, {})) > 0) {
    return 0;
  }
  const done = em.create(Mentorship, {
    id: seedId('mentorship', '25'),
    mentorId: demoOfficerId(21),
    menteeId: demoOfficerId(25),
    startsOn: '2025-02-01',
    endsOn: '2025-08-01',
    goals: GOALS,
    status: MentorshipStatus.SIGNED_OFF,
    signedOffAt: new Date('2025-08-01T08:00:00+08:00'),
    signOffNote: '能独立处置一般案件，沟通耐心，同意出师。',
    menteeRating: 5,
    menteeFeedback: '师傅手把手教，受益匪浅。',
  });
  const active = em.create(Mentorship, {
    id: seedId('mentorship', '7'),
    mentorId: demoOfficerId(3),
    menteeId: demoOfficerId(7),
    startsOn: '2025-08-01',
    endsOn: '2026-12-31',
    goals: GOALS,
  });
  const notes = ['跟班巡查云山街道，学习店外经营劝导', '共同办理一起简易程序案件，练习文书制作', '复盘围观拍摄情境，练习规范用语'];
  notes.forEach((note, i) => {
    em.create(MentoringCheckIn, { mentorshipId: done.id, occurredOn: `2025-0${3 + i}-15`, note, loggedBy: demoOfficerId(21) });
    em.create(MentoringCheckIn, { mentorshipId: active.id, occurredOn: `2025-1${i}-10`, note, loggedBy: demoOfficerId(3) });
  });
  await em.flush();
  return 2;
}
