import { ValidationError } from '../../../kernel/errors/domain-error';
import { DispositionKind as K } from '../disposition/disposition-enums';
import { PartyKind } from '../party/party-enums';

/** 当场处罚的上限 (行政处罚法第五十一条): ¥200 for a person, ¥3,000 for an organisation. */
export const ON_THE_SPOT_FINE_MAX: Record<PartyKind, number> = { [PartyKind.PERSON]: 200, [PartyKind.MERCHANT]: 3000 };

/** What an officer may decide alone on the street: a warning, service, or a simple-procedure fine. */
export const ON_THE_SPOT_KINDS: readonly K[] = [K.WARNING, K.SERVICE, K.PENALTY];

interface OnTheSpotRequest {
  kind: K;
  fineYuan?: number | null;
  secondOfficerId: string;
  evidenceCount: number;
}

/**
 * Rules of the on-the-spot simple procedure (pure), checked before anything is written:
 * - only WARNING, SERVICE or a PENALTY (简易程序) may be decided on the spot;
 * - a fine on the spot is at most ¥200 for a person and ¥3,000 for an organisation (行政处罚法第五十一条);
 * - a second enforcement officer is present and named, not the deciding officer (第四十二条: 不得少于两人);
 * - the scene is documented by at least one evidence item (第五十二条: 填写预定格式、编有号码的决定书 — here the record).
 */
export function checkOnTheSpot(input: OnTheSpotRequest, partyKind: PartyKind, officerId: string): void {
  if (!ON_THE_SPOT_KINDS.includes(input.kind)) {
    throw new ValidationError(
      'input.kind',
      `on the spot an officer decides ${ON_THE_SPOT_KINDS.join(', ')}; ${input.kind} goes through the ordinary procedure`,
    );
  }
  if (input.kind === K.PENALTY) {
    const max = ON_THE_SPOT_FINE_MAX[partyKind];
    if (input.fineYuan == null || !Number.isInteger(input.fineYuan) || input.fineYuan <= 0 || input.fineYuan > max) {
      throw new ValidationError(
        'input.fineYuan',
        `an on-the-spot fine is 1 to ${max} yuan for a ${partyKind === PartyKind.PERSON ? 'person' : 'organisation'} (行政处罚法第五十一条)`,
      );
    }
  } else if (input.fineYuan != null) {
    throw new ValidationError('input.fineYuan', `${input.kind} carries no fine`);
  }
  if (input.secondOfficerId === officerId) {
    throw new ValidationError('input.secondOfficerId', 'the second officer present is someone other than the deciding officer (行政处罚法第四十二条)');
  }
  if (input.evidenceCount === 0) {
    throw new ValidationError('input.evidence', 'an on-the-spot decision is documented by at least one evidence item');
  }
}
