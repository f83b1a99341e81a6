import { ValidationError } from '../../../kernel/errors/domain-error';
import { laborHoursFor } from '../labor/labor-rules';
import { DispositionKind as K } from './disposition-enums';
import type { LadderViolationType, Recommendation } from './disposition-ladder';

interface DispositionRequest {
  kind: K;
  deviationReason?: string | null;
  fineYuan?: number | null;
  laborHours?: number | null;
  activityId?: string | null;
  laborServedBy?: string | null;
  partyAgreesToLabor: boolean;
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
  if (input.kind === K.LABOR_IN_LIEU) {
    if (input.laborHours == null || input.laborHours <= 0) {
      throw new ValidationError('input.laborHours', 'labor in lieu needs more than 0 hours');
    }
    if (!type.laborInLieuAllowed || !input.partyAgreesToLabor) {
      throw new ValidationError('input.kind', 'labor in lieu needs a type that allows it and the party\'s consent');
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
      throw new ValidationError('input.laborServedBy', 'labor in lieu names the citizen account of the person who serves (the party or the person the party names)');
    }
  }
  if ((input.kind === K.PENALTY || input.kind === K.LABOR_IN_LIEU) && recordingCount === 0) {
    throw new ValidationError('input.kind', `${input.kind} needs at least one RECORDING evidence item (执法全过程记录)`);
  }
}
