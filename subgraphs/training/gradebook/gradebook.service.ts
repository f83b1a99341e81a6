import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs, ConnectionShape } from '../../../kernel/graphql/connection';
import { BaseService } from '../../../kernel/services/base.service';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { subtree } from '../compliance-rollup/rollup';
import { Exam } from '../exam/exam.entity';
import { ExamOverride } from '../override/exam-override.entity';
import { TrainingProfile } from '../profile/training-profile.entity';
import { UnitTreeNode } from '../unit/unit-tree.entity';
import type { ExportedFile } from '../spreadsheet/exported-file.types';
import type { SpreadsheetFormat } from '../spreadsheet/spreadsheet-format.enum';
import { encodeGradebookCursor, gradebookPageStart } from './gradebook-cursor';
import { gradebookFile } from './gradebook-export';
import { gradebookSummary } from './gradebook-row';
import { officerColumns } from './officer-columns';
import type { GradebookRow } from './gradebook.types';

/** Most officers one gradebook export holds. */
export const MAX_GRADEBOOK_EXPORT = 5000;

/** SQL narrowing exam_attempt to officers whose training profile places them in one of `units` (bound after). */
const inUnits = (units: string[] | null) =>
  units ? `and officer_id in (select officer_id from training.training_profile where unit_id in (${units.map(() => '?').join(', ')}))` : '';

/** 成绩册: officers who attempted an exam, keyset-paged by officer id; four statements per page whatever its size. */
export class GradebookService extends BaseService {
  async page(exam: Exam, args: ConnectionArgs, unitId: string | null = null): Promise<ConnectionShape<GradebookRow>> {
    this.requireRole('TRAINER', 'ADMIN');
    const after = gradebookPageStart(args, this.scope.config.limits.pageSizeMax);
    const units = unitId ? await this.unitsUnder(unitId) : null;
    const ids = await this.officerIds(exam.id, after, args.first + 1, units);
    const rows = await this.rows(exam, ids.slice(0, args.first));
    const edges = rows.map((node) => ({ node, cursor: encodeGradebookCursor(node.officer.id) }));
    let total: Promise<number> | undefined;
    const conn = this.readConnection();
    return {
      edges,
      pageInfo: {
        hasNextPage: ids.length > args.first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      get totalCount() {
        total ??= conn
          .execute<{ n: string }[]>(`select count(distinct officer_id) as n from training.exam_attempt where exam_id = ? ${inUnits(units)}`, [
            exam.id,
            ...(units ?? []),
          ])
          .then((r) => Number(r[0]?.n ?? 0));
        return total;
      },
    };
  }

  /** Every row of the exam as a spreadsheet, by officer id, with names (officerColumns). */
  async export(examId: string, format: SpreadsheetFormat): Promise<ExportedFile> {
    this.requireRole('TRAINER', 'ADMIN');
    const exam = await this.em.findOne(Exam, { id: examId });
    if (!exam) {
      throw new NotFoundError('Exam', examId, 'examId');
    }
    const ids = await this.officerIds(exam.id, null, MAX_GRADEBOOK_EXPORT + 1);
    if (ids.length > MAX_GRADEBOOK_EXPORT) {
      throw new ValidationError('examId', `The gradebook has more than ${MAX_GRADEBOOK_EXPORT} officers; page through Exam.gradebook instead`);
    }
    const who = await officerColumns(this.scope, ids, { entity: 'ExamGradebook', entityId: exam.id });
    return gradebookFile(exam, await this.rows(exam, ids), who, format);
  }

  /** The unit and every unit below it (training's unit tree); NOT_FOUND on unitId for a unit it does not know. */
  private async unitsUnder(unitId: string): Promise<string[]> {
    const units = subtree(await this.em.find(UnitTreeNode, {}), unitId).map((u) => u.unitId);
    if (units.length === 0) {
      throw new NotFoundError('Unit', unitId, 'unitId');
    }
    return units;
  }

  private async officerIds(examId: string, after: string | null, limit: number, units: string[] | null = null): Promise<string[]> {
    const rows = await this.readConnection().execute<{ officer_id: string }[]>(
      `select officer_id from training.exam_attempt where exam_id = ? and (?::uuid is null or officer_id > ?::uuid) ${inUnits(units)}
        group by officer_id order by officer_id limit ?`,
      [examId, after, after, ...(units ?? []), limit],
    );
    return rows.map((r) => r.officer_id);
  }

  private async rows(exam: Exam, officerIds: string[]): Promise<GradebookRow[]> {
    if (officerIds.length === 0) {
      return [];
    }
    const attempts = await this.em.find(ExamAttempt, { examId: exam.id, officerId: { $in: officerIds } });
    const overrides = await this.em.find(ExamOverride, { examId: exam.id, officerId: { $in: officerIds } });
    const profiles = await this.em.find(TrainingProfile, { officerId: { $in: officerIds } });
    const byOfficer = new Map<string, ExamAttempt[]>();
    attempts.forEach((a) => byOfficer.set(a.officerId, [...(byOfficer.get(a.officerId) ?? []), a]));
    const extras = new Map(overrides.map((o) => [o.officerId, o.extraAttempts]));
    const units = new Map(profiles.map((p) => [p.officerId, p.unitId]));
    return officerIds.map((officerId) => {
      const mine = byOfficer.get(officerId) ?? [];
      const extra = extras.get(officerId) ?? 0;
      const unitId = units.get(officerId);
      return { officer: { id: officerId }, unit: unitId ? { id: unitId } : null, ...gradebookSummary(mine, exam.countingPolicy, exam.maxAttempts, extra) };
    });
  }
}
