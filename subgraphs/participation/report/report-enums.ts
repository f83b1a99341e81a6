import { registerEnumType } from 'type-graphql';

export enum ReportCategory {
  STREET_VENDING = 'STREET_VENDING',
  OUT_OF_STORE_OPERATION = 'OUT_OF_STORE_OPERATION',
  LITTERING = 'LITTERING',
  GRAFFITI_AND_POSTERS = 'GRAFFITI_AND_POSTERS',
  ILLEGAL_CONSTRUCTION = 'ILLEGAL_CONSTRUCTION',
  CATERING_FUMES = 'CATERING_FUMES',
  NOISE = 'NOISE',
  SHARED_BIKE_PARKING = 'SHARED_BIKE_PARKING',
  DAMAGED_FACILITY = 'DAMAGED_FACILITY',
  OTHER = 'OTHER',
}

export enum ReportStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  DISPATCHED = 'DISPATCHED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
  REFERRED = 'REFERRED',
}

registerEnumType(ReportCategory, {
  name: 'ReportCategory',
  description: '问题类别 — category of a citizen report',
  valuesConfig: {
    STREET_VENDING: { description: '占道经营 — street vending' },
    OUT_OF_STORE_OPERATION: { description: '店外经营 — trading outside the shop' },
    LITTERING: { description: '暴露垃圾 / 乱丢垃圾 — litter and exposed rubbish' },
    GRAFFITI_AND_POSTERS: { description: '乱涂乱画 / 小广告 — graffiti and fly-posting' },
    ILLEGAL_CONSTRUCTION: { description: '违法建设 — illegal construction' },
    CATERING_FUMES: { description: '油烟扰民 — catering fumes' },
    NOISE: { description: '噪声扰民 — noise' },
    SHARED_BIKE_PARKING: { description: '共享单车乱停放 — disorderly shared bikes' },
    DAMAGED_FACILITY: { description: '设施损坏 — damaged public facility' },
    OTHER: { description: '其他 — other' },
  },
});

registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: '处理状态 — where a report stands in its handling',
  valuesConfig: {
    SUBMITTED: { description: '已提交 — received, not yet accepted' },
    ACCEPTED: { description: '已受理 — accepted' },
    DISPATCHED: { description: '已派遣 — dispatched to a grid officer' },
    IN_PROGRESS: { description: '处置中 — being handled' },
    RESOLVED: { description: '已处置 — the officer reports it fixed' },
    CLOSED: { description: '已办结 — closed' },
    REJECTED: { description: '不予受理 — rejected, with a reason' },
    REFERRED: { description: '已转办 — referred to another department' },
  },
});
