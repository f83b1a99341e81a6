import { registerEnumType } from 'type-graphql';

export enum ViolationCategory {
  CITY_APPEARANCE = 'CITY_APPEARANCE',
  STREET_VENDING = 'STREET_VENDING',
  OUT_OF_STORE_OPERATION = 'OUT_OF_STORE_OPERATION',
  ILLEGAL_CONSTRUCTION = 'ILLEGAL_CONSTRUCTION',
  GRAFFITI_AND_POSTERS = 'GRAFFITI_AND_POSTERS',
  LITTERING = 'LITTERING',
  CATERING_FUMES = 'CATERING_FUMES',
  NOISE = 'NOISE',
  SHARED_BIKE_PARKING = 'SHARED_BIKE_PARKING',
  LIVESTREAM_OBSTRUCTION = 'LIVESTREAM_OBSTRUCTION',
  OUTDOOR_ADVERTISING = 'OUTDOOR_ADVERTISING',
  CONSTRUCTION_WASTE = 'CONSTRUCTION_WASTE',
}

registerEnumType(ViolationCategory, {
  name: 'ViolationCategory',
  description: '违法行为类别 — category of a city-management violation',
  valuesConfig: {
    CITY_APPEARANCE: { description: '市容环境 — city appearance and sanitation' },
    STREET_VENDING: { description: '占道经营 — vending on the road' },
    OUT_OF_STORE_OPERATION: { description: '店外经营 — trading outside the shop front' },
    ILLEGAL_CONSTRUCTION: { description: '违法建设 — illegal construction' },
    GRAFFITI_AND_POSTERS: { description: '乱涂乱画 / 乱张贴 — graffiti and fly-posting' },
    LITTERING: { description: '乱丢垃圾 — littering' },
    CATERING_FUMES: { description: '油烟污染 — catering fumes' },
    NOISE: { description: '噪声 — noise' },
    SHARED_BIKE_PARKING: { description: '共享单车乱停放 — disorderly shared-bike parking' },
    LIVESTREAM_OBSTRUCTION: { description: '直播占道 — live-streaming that blocks the road' },
    OUTDOOR_ADVERTISING: { description: '户外广告 — outdoor advertising and signboards' },
    CONSTRUCTION_WASTE: { description: '建筑垃圾 — construction waste and spillage' },
  },
});
