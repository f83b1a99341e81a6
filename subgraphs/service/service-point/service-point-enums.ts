import { registerEnumType } from 'type-graphql';

export enum ServicePointAmenity {
  DRINKING_WATER = 'DRINKING_WATER',
  CHARGING = 'CHARGING',
  REST = 'REST',
  MEAL_HEATING = 'MEAL_HEATING',
  FIRST_AID = 'FIRST_AID',
  RESTROOM = 'RESTROOM',
}

export enum VisitorGroup {
  SANITATION_WORKER = 'SANITATION_WORKER',
  COURIER = 'COURIER',
  OTHER = 'OTHER',
}

registerEnumType(ServicePointAmenity, {
  name: 'ServicePointAmenity',
  description: '服务项目 — what a service point offers',
  valuesConfig: {
    DRINKING_WATER: { description: '饮水 — drinking water' },
    CHARGING: { description: '充电 — phone and e-bike battery charging' },
    REST: { description: '歇脚 — a place to rest' },
    MEAL_HEATING: { description: '热饭 — microwave for meals' },
    FIRST_AID: { description: '医药箱 — first-aid kit' },
    RESTROOM: { description: '如厕 — restroom' },
  },
});

registerEnumType(VisitorGroup, {
  name: 'VisitorGroup',
  description: '服务对象 — who used the service point',
  valuesConfig: {
    SANITATION_WORKER: { description: '环卫工人 — sanitation worker' },
    COURIER: { description: '快递外卖小哥 — courier or delivery rider' },
    OTHER: { description: '其他市民 — other citizens' },
  },
});
