import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../../kernel/demo/demo-roster';
import { FeedbackKind, FeedbackStatus } from '../supervision/feedback-enums';
import { OfficerFeedback } from '../supervision/officer-feedback.entity';
import { SEED_NOW } from './seed-reports';

const PRAISE = [
  '执法过程文明规范，耐心讲解政策，值得表扬',
  '帮助摊主搬到便民疏导点，很有人情味',
  '处理噪声扰民问题很及时，当晚就解决了',
  '主动帮助迷路老人联系家属，点赞',
];
const COMPLAINTS = ['执法时态度生硬，没有出示执法证件', '暂扣物品未开具清单', '接到投诉后三天未到现场处理'];

/** 60 praise and complaint messages about demo officers; most complaints investigated. */
export function seedFeedback(em: EntityManager): void {
  for (let i = 0; i < 60; i += 1) {
    const complaint = i % 5 === 4;
    const investigated = complaint && i < 50;
    const createdAt = new Date(SEED_NOW - (i + 1) * 20 * 3600_000);
    em.create(OfficerFeedback, {
      id: seedId('officer-feedback', String(i)),
      officerId: demoOfficerId(3 + ((i * 11) % (DEMO_OFFICER_COUNT - 3))),
      kind: complaint ? FeedbackKind.COMPLAINT : FeedbackKind.PRAISE,
      content: complaint ? COMPLAINTS[i % COMPLAINTS.length] : PRAISE[i % PRAISE.length],
      submitterSubject: i % 3 === 0 ? `citizen-${i % 40}` : null,
      status: !investigated ? FeedbackStatus.RECEIVED : i % 3 === 0 ? FeedbackStatus.SUBSTANTIATED : FeedbackStatus.UNSUBSTANTIATED,
      investigationNote: investigated
        ? i % 3 === 0
          ? '调取执法记录仪核实，情况属实，已对当事队员批评教育'
          : '经调取执法记录仪核实，执法程序规范，投诉不属实'
        : null,
      investigatedAt: investigated ? new Date(createdAt.getTime() + 3 * 86_400_000) : null,
      createdAt,
    });
  }
}
