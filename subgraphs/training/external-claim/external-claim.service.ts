import { randomUUID } from 'node:crypto';

import { LockMode } from '@mikro-orm/core';

import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { isCalendarDate, shanghaiDate } from '../enrollment/shanghai-date';
import { HoursCause } from '../training-hours/hours-cause.enum';
import { notifyClaimDecided } from '../notification/notify-events';
import { lockOfficerYear } from '../training-hours/hours-ledger.service';
import { TrainingHoursEntry } from '../training-hours/training-hours-entry.entity';
import { ClaimStatus } from './claim-enums';
import type { ReviewExternalTrainingClaimInput, SubmitExternalTrainingClaimInput } from './external-claim.inputs';
import { ExternalTrainingClaim } from './external-training-claim.entity';

/** 外部培训申报: the officer submits (PENDING); a trainer approves (→ ledger entry, once) or rejects. */
export class ExternalClaimService extends BaseService {
  async submit(input: SubmitExternalTrainingClaimInput): Promise<{ claim: ExternalTrainingClaim }> {
    this.requireRole('OFFICER');
    if (!isCalendarDate(input.completedOn) || input.completedOn > shanghaiDate(new Date())) {
      throw new ValidationError('input.completedOn', 'completedOn must be a real date, not in the future');
    }
    if (Math.round(input.hours * 2) !== input.hours * 2) {
      throw new ValidationError('input.hours', 'hours must be a multiple of 0.5');
    }
    const claim = this.em.create(ExternalTrainingClaim, {
      officerId: this.actor.subject!,
      title: input.title.trim(),
      provider: input.provider.trim(),
      completedOn: input.completedOn,
      hours: input.hours,
      category: input.category,
      evidenceUri: input.evidenceUri,
    });
    await this.em.flush();
    return { claim };
  }

  async review(input: ReviewExternalTrainingClaimInput): Promise<{ claim: ExternalTrainingClaim }> {
    this.requireRole('TRAINER', 'ADMIN');
    const note = input.note?.trim() || null;
    if (!input.approve && !note) {
      throw new ValidationError('input.note', 'A rejection needs a note for the officer');
    }
    return this.em.transactional(async (em) => {
      const claim = await em.findOne(ExternalTrainingClaim, { id: input.claimId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!claim) {
        throw new NotFoundError('ExternalTrainingClaim', input.claimId, 'input.claimId');
      }
      if (claim.status !== ClaimStatus.PENDING) {
        throw new ConflictError(`This claim is already ${claim.status}`, { field: 'input.claimId' });
      }
      Object.assign(claim, {
        status: input.approve ? ClaimStatus.APPROVED : ClaimStatus.REJECTED,
        reviewedBy: this.actor.subject,
        reviewedAt: new Date(),
        reviewNote: note,
      });
      if (input.approve) {
        const year = Number(claim.completedOn.slice(0, 4));
        await lockOfficerYear(em, claim.officerId, year);
        em.create(TrainingHoursEntry, {
          id: randomUUID(),
          officerId: claim.officerId,
          year,
          hours: claim.hours,
          category: claim.category,
          cause: HoursCause.EXTERNAL_TRAINING,
          note: `外部培训：${claim.title}`.slice(0, 200),
          sourceKey: `claim:${claim.id}`,
          recordedBy: this.actor.subject,
        });
      }
      await notifyClaimDecided(em, claim);
      return { claim };
    });
  }

  /** Trainers' review queue (oldest first), or one officer's own claims. */
  list(args: ConnectionArgs, status: ClaimStatus | null) {
    this.requireRole('OFFICER', 'TRAINER', 'ADMIN');
    const staff = this.actor.roles.some((r) => r === 'TRAINER' || r === 'ADMIN');
    return paginate(this.em, ExternalTrainingClaim, args, {
      where: { ...(status ? { status } : {}), ...(staff ? {} : { officerId: this.actor.subject! }) },
      orderBy: { createdAt: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }
}
