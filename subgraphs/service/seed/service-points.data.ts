import { ServicePointAmenity as A } from '../service-point/service-point-enums';

export interface DemoServicePoint {
  key: string;
  name: string;
  address: string;
  gridCode: string;
  squad: string;
  lat: number;
  lng: number;
  openingHours: string;
  amenities: A[];
  /** average visits a day over the past year (sanitation workers, couriers, others) */
  perDay: [number, number, number];
}

/** 兰溪 demo service points (城管驿站 / 爱心驿站), one or two per squad in town. */
export const DEMO_SERVICE_POINTS: DemoServicePoint[] = [
  {
    key: 'yunshan-station',
    name: '云山中队城管驿站',
    address: '云山街道 桃花坞路18号',
    gridCode: 'LX-YS-01',
    squad: 'yunshan',
    lat: 29.1861,
    lng: 119.4352,
    openingHours: '全天',
    amenities: [A.DRINKING_WATER, A.CHARGING, A.REST, A.MEAL_HEATING, A.FIRST_AID],
    perDay: [22, 31, 9],
  },
  {
    key: 'lanjiang-station',
    name: '兰江中队爱心驿站',
    address: '兰江街道 人民路66号',
    gridCode: 'LX-LJ-02',
    squad: 'lanjiang',
    lat: 29.2031,
    lng: 119.4366,
    openingHours: '07:00–21:00',
    amenities: [A.DRINKING_WATER, A.CHARGING, A.REST, A.RESTROOM],
    perDay: [26, 38, 12],
  },
  {
    key: 'lanjiang-riverside',
    name: '滨江环卫休息点',
    address: '兰江街道 滨江路北段',
    gridCode: 'LX-LJ-01',
    squad: 'lanjiang',
    lat: 29.2102,
    lng: 119.4321,
    openingHours: '05:00–20:00',
    amenities: [A.DRINKING_WATER, A.REST, A.MEAL_HEATING],
    perDay: [18, 6, 3],
  },
  {
    key: 'shanghua-station',
    name: '上华中队城管驿站',
    address: '上华街道 上华路102号',
    gridCode: 'LX-SH-01',
    squad: 'shanghua',
    lat: 29.1944,
    lng: 119.4561,
    openingHours: '全天',
    amenities: [A.DRINKING_WATER, A.CHARGING, A.REST],
    perDay: [15, 20, 5],
  },
  {
    key: 'yongchang-station',
    name: '永昌中队便民服务点',
    address: '永昌街道 永昌路8号',
    gridCode: 'LX-YC-01',
    squad: 'yongchang',
    lat: 29.1962,
    lng: 119.4655,
    openingHours: '07:00–20:00',
    amenities: [A.DRINKING_WATER, A.CHARGING, A.FIRST_AID],
    perDay: [12, 17, 6],
  },
  {
    key: 'chixi-station',
    name: '赤溪中队城管驿站',
    address: '赤溪街道 钱王路36号',
    gridCode: 'LX-CX-01',
    squad: 'chixi',
    lat: 29.2023,
    lng: 119.4305,
    openingHours: '全天',
    amenities: [A.DRINKING_WATER, A.CHARGING, A.REST, A.MEAL_HEATING, A.RESTROOM],
    perDay: [20, 29, 8],
  },
];
