import { registerEnumType } from 'type-graphql';

export enum StallCategory {
  SNACKS = 'SNACKS',
  PRODUCE = 'PRODUCE',
  GOODS = 'GOODS',
  CRAFTS = 'CRAFTS',
  REPAIRS = 'REPAIRS',
}

export enum StallStatus {
  FREE = 'FREE',
  ALLOCATED = 'ALLOCATED',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
}

registerEnumType(StallCategory, {
  name: 'StallCategory',
  description: '摊位类别 — what a standard stall is laid out for',
  valuesConfig: {
    SNACKS: { description: '小吃餐饮 — cooked food (移动环保炉具 required)' },
    PRODUCE: { description: '果蔬农产品 — fruit, vegetables, farm produce' },
    GOODS: { description: '日用百货 — everyday goods' },
    CRAFTS: { description: '文创手作 — crafts and creative goods' },
    REPAIRS: { description: '便民维修 — repairs and small services' },
  },
});

registerEnumType(StallStatus, {
  name: 'StallStatus',
  description: '摊位状态 — whether a stall can be applied for',
  valuesConfig: {
    FREE: { description: '空闲 — no valid permit; can be applied for' },
    ALLOCATED: { description: '已分配 — held by a merchant under a valid permit' },
    OUT_OF_SERVICE: { description: '停用 — not in use (repairs, road works)' },
  },
});
