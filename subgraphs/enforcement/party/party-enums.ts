import { registerEnumType } from 'type-graphql';

export enum PartyKind {
  MERCHANT = 'MERCHANT',
  PERSON = 'PERSON',
}

export enum BusinessType {
  CATERING = 'CATERING',
  CULTURAL_CREATIVE = 'CULTURAL_CREATIVE',
  MOBILE_VENDOR = 'MOBILE_VENDOR',
  RETAIL = 'RETAIL',
  SERVICES = 'SERVICES',
  CONSTRUCTION = 'CONSTRUCTION',
  BIKE_SHARING = 'BIKE_SHARING',
}

registerEnumType(PartyKind, {
  name: 'PartyKind',
  description: '当事人类型 — kind of party',
  valuesConfig: {
    MERCHANT: { description: '商户（单位） — merchant or organisation' },
    PERSON: { description: '自然人 — natural person' },
  },
});

registerEnumType(BusinessType, {
  name: 'BusinessType',
  description: '经营类型 — business type of a merchant',
  valuesConfig: {
    CATERING: { description: '餐饮 — catering' },
    CULTURAL_CREATIVE: { description: '文创 — cultural and creative goods' },
    MOBILE_VENDOR: { description: '流动摊贩 — mobile vendor' },
    RETAIL: { description: '零售 — retail shop' },
    SERVICES: { description: '生活服务 — personal services (hair, repair, laundry…)' },
    CONSTRUCTION: { description: '建筑施工 — construction and transport' },
    BIKE_SHARING: { description: '共享单车运营 — bike-sharing operator' },
  },
});
