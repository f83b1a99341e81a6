import { registerEnumType } from 'type-graphql';

export enum VendingZoneKind {
  MORNING_MARKET = 'MORNING_MARKET',
  NIGHT_MARKET = 'NIGHT_MARKET',
  CONVENIENCE_POINT = 'CONVENIENCE_POINT',
}

export enum VendingZoneStatus {
  OPEN = 'OPEN',
  SUSPENDED = 'SUSPENDED',
}

registerEnumType(VendingZoneKind, {
  name: 'VendingZoneKind',
  description: '疏导点类型 — kind of designated vending zone',
  valuesConfig: {
    MORNING_MARKET: { description: '早市 — morning market' },
    NIGHT_MARKET: { description: '夜市 — night market (its window may run past midnight)' },
    CONVENIENCE_POINT: { description: '便民疏导点 — daytime vending point for street vendors' },
  },
});

registerEnumType(VendingZoneStatus, {
  name: 'VendingZoneStatus',
  description: '疏导点状态 — whether the zone is in use',
  valuesConfig: {
    OPEN: { description: '运营中 — in use (shown to the public)' },
    SUSPENDED: { description: '暂停 — suspended (hidden from public search)' },
  },
});
