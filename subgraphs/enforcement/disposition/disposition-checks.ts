import { ValidationError } from '../../../kernel/errors/domain-error';
import { laborHoursFor } from '../labor/labor-rules';
import { DispositionKind as K } from './disposition-enums';
import type { LadderViolationType, Recommendation } from './disposition-ladder';
import { CONFISCATIONS, PenaltyMeasure } from './penalty-measure';

interface DispositionRequest {
  kind: K;
  deviationReason?: string | null;
  fineYuan?: number | null;
  laborHours?: number | null;
  activityId?: string | null;
  laborServedBy?: string | null;
  partyAgreesToLabor: boolean;
  measures?: PenaltyMeasure[] | null;
  confiscatedValueYuan?: number | null;
}

function checkFineRange(fine: number | null | undefined, type: LadderViolationType): void {
  if (fine == null || !Number.isInteger(fine) || fine < type.fineMinYuan || fine > type.fineMaxYuan) {
    throw new ValidationError('input.fineYuan', `the fine must be between ${type.fineMinYuan} and ${type.fineMaxYuan} yuan`);
  }
}

/**
 * Input rules of recordDisposition (pure), in the order a form is filled: deviation reason, fine range,
 * labor hours and consent, recording evidence for enforcement steps.
 */
export function checkDispositionInput(input: DispositionRequest, rec: Recommendation, type: LadderViolationType, recordingCount: number): void {
  if (!rec.acceptable.includes(input.kind) && !input.deviationReason?.trim()) {
    throw new ValidationError('input.deviationReason', `the ladder recommends ${rec.kind}; choosing ${input.kind} needs a written reason`);
  }
  if (input.kind === K.PENALTY) {
    checkFineRange(input.fineYuan, type);
  }
  checkMeasures(input.kind, input.measures ?? [], input.confiscatedValueYuan);
  if (input.kind === K.LABOR_IN_LIEU) {
    if (input.laborHours == null || input.laborHours <= 0) {
      throw new ValidationError('input.laborHours', 'labor in lieu needs more than 0 hours');
    }
    if (!type.laborInLieuAllowed || !input.partyAgreesToLabor) {
      throw new ValidationError('input.kind', "labor in lieu needs a type that allows it and the party's consent");
    }
    if (input.fineYuan != null) {
      checkFineRange(input.fineYuan, type);
      if (input.laborHours !== laborHoursFor(input.fineYuan)) {
        throw new ValidationError('input.laborHours', `¥${input.fineYuan} converts to ${laborHoursFor(input.fineYuan)} hours of labor in lieu`);
      }
    }
    if (!input.activityId) {
      throw new ValidationError('input.activityId', 'labor in lieu names the activity (labor-in-lieu session) to serve in');
    }
    if (!input.laborServedBy?.trim()) {
      throw new ValidationError(
        'input.laborServedBy',
        'labor in lieu names the citizen account of the person who serves (the party or the person the party names)',
      );
    }
  }
  if ((input.kind === K.PENALTY || input.kind === K.LABOR_IN_LIEU) && recordingCount === 0) {
    throw new ValidationError('input.kind', `${input.kind} needs at least one RECORDING evidence item (执法全过程记录)`);
  }
}

const MAX_CONFISCATED_YUAN = 100_000_000;

/**
 * 并处 (《行政处罚法》第九条): measures go with a PENALTY only, each once, a licence is either suspended or revoked,
 * and a confiscation states its value (the value decides whether it is major and whether a hearing is due).
 */
export function checkMeasures(kind: K, measures: readonly PenaltyMeasure[], confiscatedValueYuan: number | null | undefined): void {
  if (measures.length > 0 && kind !== K.PENALTY) {
    throw new ValidationError('input.measures', 'measures are added to a PENALTY only');
  }
  if (new Set(measures).size !== measures.length || (measures.includes(PenaltyMeasure.SUSPEND_LICENCE) && measures.includes(PenaltyMeasure.REVOKE_LICENCE))) {
    throw new ValidationError('input.measures', 'each measure once, and a licence is either suspended or revoked');
  }
  const confiscates = measures.some((m) => CONFISCATIONS.includes(m));
  if (
    confiscates &&
    (confiscatedValueYuan == null || !Number.isInteger(confiscatedValueYuan) || confiscatedValueYuan < 1 || confiscatedValueYuan > MAX_CONFISCATED_YUAN)
  ) {
    throw new ValidationError('input.confiscatedValueYuan', `a confiscation states its value: whole yuan, 1 to ${MAX_CONFISCATED_YUAN}`);
  }
  if (!confiscates && confiscatedValueYuan != null) {
    throw new ValidationError('input.confiscatedValueYuan', 'a confiscated value goes with a confiscation measure only');
  }
}
