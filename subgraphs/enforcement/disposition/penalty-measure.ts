import { registerEnumType } from 'type-graphql';

/**
 * 行政处罚种类 beyond the warning and the fine (《行政处罚法》第九条): measures a PENALTY decision may add (并处).
 * Each is a major decision (重大执法决定, 第五十八条) needing legal review — confiscation from the bureau's configured
 * value — and each entitles the party to a hearing notice (第六十三条; confiscation from the large amount).
 */
export enum PenaltyMeasure {
  CONFISCATE_ILLEGAL_GAINS = 'CONFISCATE_ILLEGAL_GAINS',
  CONFISCATE_ILLEGAL_PROPERTY = 'CONFISCATE_ILLEGAL_PROPERTY',
  SUSPEND_LICENCE = 'SUSPEND_LICENCE',
  REVOKE_LICENCE = 'REVOKE_LICENCE',
  ORDER_CLOSURE = 'ORDER_CLOSURE',
}

export const CONFISCATIONS: readonly PenaltyMeasure[] = [PenaltyMeasure.CONFISCATE_ILLEGAL_GAINS, PenaltyMeasure.CONFISCATE_ILLEGAL_PROPERTY];

/** The measure in the words of a decision (处罚决定书). */
export const MEASURE_TEXT: Record<PenaltyMeasure, string> = {
  CONFISCATE_ILLEGAL_GAINS: '没收违法所得',
  CONFISCATE_ILLEGAL_PROPERTY: '没收非法财物',
  SUSPEND_LICENCE: '暂扣许可证件',
  REVOKE_LICENCE: '吊销许可证件',
  ORDER_CLOSURE: '责令停产停业',
};

registerEnumType(PenaltyMeasure, {
  name: 'PenaltyMeasure',
  description: '并处处罚 — a measure added to a penalty decision (《行政处罚法》第九条); always a major decision needing legal review',
  valuesConfig: {
    CONFISCATE_ILLEGAL_GAINS: { description: '没收违法所得 — confiscation of illegal gains (needs confiscatedValueYuan)' },
    CONFISCATE_ILLEGAL_PROPERTY: { description: '没收非法财物 — confiscation of illegal property (needs confiscatedValueYuan)' },
    SUSPEND_LICENCE: { description: '暂扣许可证件 — suspension of a licence' },
    REVOKE_LICENCE: { description: '吊销许可证件 — revocation of a licence' },
    ORDER_CLOSURE: { description: '责令停产停业 — order to suspend production or business' },
  },
});
