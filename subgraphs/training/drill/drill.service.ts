import { LockMode } from '@mikro-orm/core';

import { hasRole } from '../../../kernel/auth/actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { typicalCaseById } from '../typical-case/typical-case.loaders';
import { validateDrillGraph } from './drill-graph';
import type { DrillStepDef } from './drill-graph';
import { Drill } from './drill.entity';
import { drillById } from './drill.loaders';
import { DrillRun, DrillRunStatus } from './drill-run.entity';
import { bestPath } from './best-path';
import type { ChooseDrillOptionInput, CreateDrillInput, DrillResult, DrillStepView, StartDrillRunInput } from './drill.types';

const step = (drill: Drill, key: string): DrillStepDef => drill.steps.find((s) => s.key === key)!;

/** 情景模拟: trainers author validated graphs; officers run them; scores stay hidden until the run ends. */
export class DrillService extends BaseService {
  async create(input: CreateDrillInput): Promise<{ drill: Drill }> {
    this.requireRole('TRAINER', 'ADMIN');
    const steps: DrillStepDef[] = input.steps.map((s) => ({ key: s.key, narrative: s.narrative.trim(), choices: s.choices.map((c) => ({ ...c })) }));
    const problems = validateDrillGraph(input.startStepKey, steps);
    if (problems.length > 0) {
      throw new ValidationError(problems[0].field, problems[0].message, { problems });
    }
    if (input.sourceCaseId && !(await this.scope.loaders.get(typicalCaseById).load(input.sourceCaseId))) {
      // 情景模拟 is built from typical cases only (training's copy, fed by enforcement's case reviews)
      throw new ValidationError('input.sourceCaseId', 'sourceCaseId must be a case a review marked typical (典型案例)');
    }
    if ((await this.em.count(Drill, { code: input.code })) > 0) {
      throw new ConflictError(`Drill ${input.code} exists`, { field: 'input.code' });
    }
    const drill = this.em.create(Drill, {
      code: input.code,
      title: input.title.trim(),
      summary: input.summary.trim(),
      sourceCaseId: input.sourceCaseId ?? null,
      startStepKey: input.startStepKey,
      steps,
    });
    await this.em.flush();
    return { drill };
  }

  list(args: ConnectionArgs) {
    this.requireRole('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN');
    return paginate(this.em, Drill, args, { where: {}, orderBy: { code: 'asc', id: 'asc' }, maxPageSize: this.scope.config.limits.pageSizeMax });
  }

  async start(input: StartDrillRunInput): Promise<{ run: DrillRun }> {
    this.requireRole('OFFICER');
    const drill = await this.em.findOne(Drill, { id: input.drillId });
    if (!drill) {
      throw new NotFoundError('Drill', input.drillId, 'input.drillId');
    }
    const run = this.em.create(DrillRun, { drillId: drill.id, officerId: this.actor.subject!, currentStepKey: drill.startStepKey });
    await this.em.flush();
    return { run };
  }

  async choose(input: ChooseDrillOptionInput): Promise<{ run: DrillRun }> {
    this.requireRole('OFFICER');
    const run = await this.em.transactional(async (em) => {
      const r = await em.findOne(DrillRun, { id: input.runId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!r) {
        throw new NotFoundError('DrillRun', input.runId, 'input.runId');
      }
      if (r.officerId !== this.actor.subject) {
        throw new ForbiddenError('Only the trainee may play this run');
      }
      if (r.status === DrillRunStatus.FINISHED) {
        throw new ConflictError('This run has ended', { field: 'input.runId' });
      }
      const drill = await em.findOneOrFail(Drill, { id: r.drillId });
      const choice = step(drill, r.currentStepKey).choices.find((c) => c.key === input.choiceKey);
      if (!choice) {
        throw new ValidationError('input.choiceKey', `Step ${r.currentStepKey} has no choice ${input.choiceKey}`);
      }
      r.path = [...r.path, { stepKey: r.currentStepKey, choiceKey: choice.key }];
      r.currentStepKey = choice.next;
      if (choice.critical || step(drill, choice.next).choices.length === 0) {
        Object.assign(r, { status: DrillRunStatus.FINISHED, criticalFailure: choice.critical, finishedAt: new Date() });
      }
      return r;
    });
    return { run };
  }

  async get(id: string): Promise<DrillRun> {
    this.requireSignedIn();
    const run = await this.em.findOne(DrillRun, { id });
    if (!run || (run.officerId !== this.actor.subject && !hasRole(this.actor, 'TRAINER', 'ADMIN'))) {
      throw new NotFoundError('DrillRun', id, 'id');
    }
    return run;
  }

  /** Trainers' debrief list of a drill's finished runs. */
  runs(drillId: string, args: ConnectionArgs) {
    this.requireRole('TRAINER', 'ADMIN');
    return paginate(this.em, DrillRun, args, {
      where: { drillId, status: DrillRunStatus.FINISHED },
      orderBy: { createdAt: 'desc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  async currentStep(run: DrillRun): Promise<DrillStepView> {
    const s = step(await this.drillOf(run), run.currentStepKey);
    return { key: s.key, narrative: s.narrative, choices: run.status === DrillRunStatus.FINISHED ? [] : s.choices.map((c) => ({ key: c.key, text: c.text })) };
  }

  /** Refused (CONFLICT) while the run is in progress: scores stay hidden until it ends. */
  async result(run: DrillRun): Promise<DrillResult> {
    if (run.status !== DrillRunStatus.FINISHED) {
      throw new ConflictError('Scores are shown when the run has ended');
    }
    const drill = await this.drillOf(run);
    const decisions = run.path.map((p) => {
      const s = step(drill, p.stepKey);
      const c = s.choices.find((x) => x.key === p.choiceKey)!;
      return {
        narrative: s.narrative,
        choice: c.text,
        legality: c.legality,
        communication: c.communication,
        deEscalation: c.deEscalation,
        service: c.service,
        critical: c.critical,
        feedback: c.feedback,
      };
    });
    const sum = (k: 'legality' | 'communication' | 'deEscalation' | 'service') => decisions.reduce((t, d) => t + d[k], 0);
    return {
      legality: sum('legality'),
      communication: sum('communication'),
      deEscalation: sum('deEscalation'),
      service: sum('service'),
      criticalFailure: run.criticalFailure,
      decisions,
      bestPath: bestPath(drill.startStepKey, drill.steps),
    };
  }

  drillFor(run: DrillRun): Promise<Drill> {
    return this.drillOf(run);
  }

  private async drillOf(run: DrillRun): Promise<Drill> {
    return (await this.scope.loaders.get(drillById).load(run.drillId))!;
  }
}
