import { StallCategory } from '../stall/stall-enums';
import { VendingZoneKind } from '../vending-zone/vending-zone-enums';

export interface DemoZone {
  key: string;
  name: string;
  kind: VendingZoneKind;
  address: string;
  gridCode: string;
  squad: string;
  lat: number;
  lng: number;
  opens: string;
  closes: string;
  facilities: string[];
  /** stalls per category, numbered A-01 … in this order */
  stalls: [StallCategory, number][];
}

/** 兰溪 demo vending zones: one night market with a committee, morning markets, a daytime vending point. */
export const DEMO_ZONES: DemoZone[] = [
  {
    key: 'lanjiang-night',
    name: '兰江夜市',
    kind: VendingZoneKind.NIGHT_MARKET,
    address: '兰江街道 兰江路滨江段',
    gridCode: 'LX-LJ-02',
    squad: 'lanjiang',
    lat: 29.2055,
    lng: 119.4345,
    opens: '17:30',
    closes: '01:00',
    facilities: ['移动环保炉具', '分类垃圾桶', '公共照明', '临时水电', '公厕'],
    stalls: [
      [StallCategory.SNACKS, 24],
      [StallCategory.GOODS, 8],
      [StallCategory.CRAFTS, 6],
      [StallCategory.REPAIRS, 2],
    ],
  },
  {
    key: 'yunshan-morning',
    name: '云山早市',
    kind: VendingZoneKind.MORNING_MARKET,
    address: '云山街道 桃花坞菜场东侧',
    gridCode: 'LX-YS-01',
    squad: 'yunshan',
    lat: 29.1852,
    lng: 119.4338,
    opens: '05:30',
    closes: '09:00',
    facilities: ['分类垃圾桶', '冲洗水栓'],
    stalls: [
      [StallCategory.PRODUCE, 20],
      [StallCategory.SNACKS, 4],
    ],
  },
  {
    key: 'shanghua-morning',
    name: '上华早市',
    kind: VendingZoneKind.MORNING_MARKET,
    address: '上华街道 上华社区文化广场',
    gridCode: 'LX-SH-01',
    squad: 'shanghua',
    lat: 29.1948,
    lng: 119.4552,
    opens: '05:00',
    closes: '08:30',
    facilities: ['分类垃圾桶'],
    stalls: [[StallCategory.PRODUCE, 16]],
  },
  {
    key: 'yongchang-morning',
    name: '永昌早市',
    kind: VendingZoneKind.MORNING_MARKET,
    address: '永昌街道 永昌老街口',
    gridCode: 'LX-YC-01',
    squad: 'yongchang',
    lat: 29.1955,
    lng: 119.4648,
    opens: '05:30',
    closes: '09:30',
    facilities: ['分类垃圾桶', '遮阳棚'],
    stalls: [
      [StallCategory.PRODUCE, 12],
      [StallCategory.GOODS, 4],
    ],
  },
  {
    key: 'chixi-point',
    name: '赤溪便民疏导点',
    kind: VendingZoneKind.CONVENIENCE_POINT,
    address: '赤溪街道 钱王路学校对面空地',
    gridCode: 'LX-CX-01',
    squad: 'chixi',
    lat: 29.2018,
    lng: 119.4312,
    opens: '10:00',
    closes: '20:00',
    facilities: ['遮阳棚', '分类垃圾桶'],
    stalls: [
      [StallCategory.PRODUCE, 6],
      [StallCategory.REPAIRS, 4],
    ],
  },
];
