import type { EntityManager, Knex } from '@mikro-orm/postgresql';

import { ConflictError } from '../../../kernel/errors/domain-error';
import { PaperMode } from '../exam/exam-enums';
import { shortfallMessage } from '../exam/exam-readiness';
import type { Exam } from '../exam/exam.entity';
import type { StoredOption } from '../question/question-version.entity';
import { shuffle } from './shuffle';

export interface DrawnQuestion {
  questionId: string;
  versionId: string;
  optionOrder: string[];
}

interface Row {
  question_id: string;
  version_id: string;
  options: StoredOption[];
}

const CURRENT = `from training.question q join training.question_version v on v.question_id = q.id and v.version = q.current_version`;

/**
 * 组卷: FIXED → the exam's questions in order; RANDOM → per rule, `count` questions of the topic and difficulty,
 * skipping questions that need review (their cited law changed), those this officer has never been shown first, then at random; the paper order is shuffled. Every item's
 * option order is shuffled. Draws the current version of each question. One statement per rule.
 */
export async function drawPaper(em: EntityManager, exam: Exam, officerId: string): Promise<DrawnQuestion[]> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext<Knex.Transaction>();
  let rows: Row[];
  if (exam.mode === PaperMode.FIXED) {
    const found = await conn.execute<Row[]>(
      `select q.id as question_id, v.id as version_id, v.options ${CURRENT} where q.id in (${exam.questionIds.map(() => '?').join(', ') || 'null'})`,
      [...exam.questionIds],
      'all',
      tx,
    );
    rows = exam.questionIds.map((id) => found.find((r) => r.question_id === id)).filter((r): r is Row => !!r);
  } else {
    rows = [];
    for (const rule of exam.rules) {
      const drawn = await conn.execute<Row[]>(
        `select q.id as question_id, v.id as version_id, v.options ${CURRENT} where q.topic = ? and q.difficulty = ? and not q.needs_review
         order by exists (select 1 from training.attempt_item ai join training.exam_attempt a on a.id = ai.attempt_id
                          where a.officer_id = ? and ai.question_id = q.id), random() limit ?`,
        [rule.topic, rule.difficulty, officerId, rule.count],
        'all',
        tx,
      );
      if (drawn.length < rule.count) {
        const [{ n }] = await conn.execute<[{ n: number }]>(
          `select count(*)::int as n from training.question q where q.topic = ? and q.difficulty = ? and q.needs_review`,
          [rule.topic, rule.difficulty],
          'all',
          tx,
        );
        const shortfall = { topic: rule.topic, difficulty: rule.difficulty, needed: rule.count, available: drawn.length, underReview: n };
        throw new ConflictError(shortfallMessage([shortfall]), { field: 'input.examId', shortfall });
      }
      rows.push(...drawn);
    }
    rows = shuffle(rows);
  }
  if (rows.length === 0) {
    throw new ConflictError('本场考试没有试题，暂时无法开始。本次没有占用作答次数，请联系培训管理员。', { field: 'input.examId' });
  }
  return rows.map((r) => ({ questionId: r.question_id, versionId: r.version_id, optionOrder: shuffle(r.options.map((o) => o.key)) }));
}
