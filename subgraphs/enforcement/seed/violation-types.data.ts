import { ViolationCategory as C } from '../violation-type/violation-category.enum';

const RONGMAO = '《城市市容和环境卫生管理条例》';
const ZJ_RONGMAO = '《浙江省城市市容和环境卫生管理条例》';
const FIRST = '首次违法、危害后果轻微并及时改正';

/** 办理时限（工作日） per category: street-level matters are quick, construction cases take longest. */
const HANDLING_WORKING_DAYS: Partial<Record<C, number>> = {
  [C.STREET_VENDING]: 5, [C.OUT_OF_STORE_OPERATION]: 5, [C.CITY_APPEARANCE]: 5, [C.GRAFFITI_AND_POSTERS]: 5,
  [C.LITTERING]: 5, [C.NOISE]: 5, [C.SHARED_BIKE_PARKING]: 5, [C.LIVESTREAM_OBSTRUCTION]: 5,
  [C.ILLEGAL_CONSTRUCTION]: 60,
};

/**
 * 违法行为类型目录. `exempt` marks the 12 entries of the minor-violation exemption list
 * (轻微违法行为免罚清单, 《行政处罚法》第三十三条第一款). Fines in yuan.
 */
export const VIOLATION_TYPES = [
  { code: 'SV-01', zh: '流动摊贩占道经营', en: 'Mobile vending on the road', cat: C.STREET_VENDING, law: ZJ_RONGMAO, art: '第二十一条', min: 50, max: 500, exempt: true, labor: true, days: 1 },
  { code: 'SV-02', zh: '固定摊点超范围占道经营', en: 'Fixed stall trading beyond its permitted area', cat: C.STREET_VENDING, law: ZJ_RONGMAO, art: '第二十一条', min: 100, max: 1000, exempt: false, labor: true, days: 3 },
  { code: 'OS-01', zh: '店外经营（越门经营）', en: 'Trading outside the shop front', cat: C.OUT_OF_STORE_OPERATION, law: ZJ_RONGMAO, art: '第二十条', min: 50, max: 500, exempt: true, labor: true, days: 1 },
  { code: 'OS-02', zh: '店外设置促销台、堆放物品', en: 'Promotion stands or goods piled outside the shop', cat: C.OUT_OF_STORE_OPERATION, law: ZJ_RONGMAO, art: '第二十条', min: 50, max: 500, exempt: true, labor: true, days: 1 },
  { code: 'CA-01', zh: '沿街晾晒衣物', en: 'Drying laundry along the street', cat: C.CITY_APPEARANCE, law: RONGMAO, art: '第十五条', min: 20, max: 100, exempt: true, labor: false, days: 1 },
  { code: 'CA-02', zh: '未履行门前三包责任', en: 'Neglecting the shop-front responsibility (门前三包)', cat: C.CITY_APPEARANCE, law: ZJ_RONGMAO, art: '第十条', min: 50, max: 500, exempt: true, labor: true, days: 3 },
  { code: 'CA-03', zh: '占道洗车、修车', en: 'Washing or repairing vehicles on the road', cat: C.CITY_APPEARANCE, law: ZJ_RONGMAO, art: '第二十二条', min: 100, max: 1000, exempt: false, labor: true, days: 3 },
  { code: 'GP-01', zh: '乱张贴小广告', en: 'Fly-posting small advertisements', cat: C.GRAFFITI_AND_POSTERS, law: RONGMAO, art: '第三十四条', min: 50, max: 200, exempt: true, labor: true, days: 1 },
  { code: 'GP-02', zh: '在建筑物、设施上涂写刻画', en: 'Graffiti on buildings or public facilities', cat: C.GRAFFITI_AND_POSTERS, law: RONGMAO, art: '第三十四条', min: 50, max: 200, exempt: true, labor: true, days: 1 },
  { code: 'LT-01', zh: '乱扔果皮纸屑烟头', en: 'Littering (peel, paper, cigarette ends)', cat: C.LITTERING, law: RONGMAO, art: '第三十四条', min: 10, max: 50, exempt: true, labor: true, days: 1 },
  { code: 'LT-02', zh: '乱倒生活垃圾', en: 'Dumping household waste', cat: C.LITTERING, law: '《浙江省生活垃圾管理条例》', art: '第五十七条', min: 50, max: 200, exempt: true, labor: true, days: 1 },
  { code: 'LT-03', zh: '焚烧树叶、垃圾', en: 'Burning leaves or rubbish in the open', cat: C.LITTERING, law: '《中华人民共和国大气污染防治法》', art: '第一百一十九条', min: 500, max: 2000, exempt: true, labor: false, days: 1 },
  { code: 'CF-01', zh: '餐饮油烟未经净化直排', en: 'Catering fumes discharged without purification', cat: C.CATERING_FUMES, law: '《中华人民共和国大气污染防治法》', art: '第一百一十八条', min: 5000, max: 50000, exempt: false, labor: false, days: 15 },
  { code: 'CF-02', zh: '露天烧烤', en: 'Open-air barbecue in a prohibited area', cat: C.CATERING_FUMES, law: '《中华人民共和国大气污染防治法》', art: '第一百一十八条', min: 5000, max: 50000, exempt: false, labor: false, days: 1 },
  { code: 'NS-01', zh: '商业经营使用高音广播喇叭招揽顾客', en: 'Loudspeakers used to attract customers', cat: C.NOISE, law: '《中华人民共和国噪声污染防治法》', art: '第八十二条', min: 200, max: 2000, exempt: true, labor: true, days: 1 },
  { code: 'NS-02', zh: '夜间违规施工噪声', en: 'Night-time construction noise without permit', cat: C.NOISE, law: '《中华人民共和国噪声污染防治法》', art: '第七十七条', min: 10000, max: 100000, exempt: false, labor: false, days: 1 },
  { code: 'SB-01', zh: '共享单车运营企业未及时清理乱停放车辆', en: 'Bike-share operator fails to clear disorderly bikes', cat: C.SHARED_BIKE_PARKING, law: '《浙江省城市市容和环境卫生管理条例》', art: '第二十三条', min: 500, max: 5000, exempt: true, labor: false, days: 1 },
  { code: 'LS-01', zh: '直播、演艺占用人行道聚集人群', en: 'Live-streaming or performing that blocks the pavement', cat: C.LIVESTREAM_OBSTRUCTION, law: ZJ_RONGMAO, art: '第二十一条', min: 50, max: 500, exempt: false, labor: true, days: 1 },
  { code: 'AD-01', zh: '擅自设置户外广告、招牌', en: 'Unauthorised outdoor advertising or signboard', cat: C.OUTDOOR_ADVERTISING, law: RONGMAO, art: '第十七条', min: 500, max: 5000, exempt: false, labor: false, days: 7 },
  { code: 'AD-02', zh: '招牌破损、污浊未及时修复', en: 'Damaged or dirty signboard not repaired', cat: C.OUTDOOR_ADVERTISING, law: RONGMAO, art: '第十七条', min: 100, max: 1000, exempt: false, labor: false, days: 7 },
  { code: 'IC-01', zh: '未取得建设工程规划许可证进行建设', en: 'Construction without a planning permit', cat: C.ILLEGAL_CONSTRUCTION, law: '《中华人民共和国城乡规划法》', art: '第六十四条', min: 10000, max: 500000, exempt: false, labor: false, days: 30 },
  { code: 'CW-01', zh: '运输建筑垃圾沿途撒漏', en: 'Spilling construction waste in transit', cat: C.CONSTRUCTION_WASTE, law: '《城市建筑垃圾管理规定》', art: '第二十三条', min: 5000, max: 30000, exempt: false, labor: false, days: 1 },
].map((v) => ({ ...v, conditions: v.exempt ? FIRST : null, handlingWorkingDays: HANDLING_WORKING_DAYS[v.cat] ?? 15 }));
