import { ViolationCategory as C } from '../violation-type/violation-category.enum';

/** Adopting document of the seeded first version (兰溪市综合行政执法局行政处罚裁量基准, demo). */
export const SEED_BENCHMARK_ADOPTED_BY = '兰综执〔2024〕3号《兰溪市综合行政执法局行政处罚裁量基准（2024年版）》';
/** In force for violations from 2024-01-01 (China time), before every seeded case. */
export const SEED_BENCHMARK_EFFECTIVE_FROM = new Date('2024-01-01T00:00:00+08:00');

/**
 * The facts that define each grade, per category (情节轻微 / 情节一般 / 情节严重), after the provinces' published
 * 城市管理行政处罚裁量基准 tables. The fine bands are the legal range split at 30 % and 70 % (`defaultBands`).
 */
export const GRADE_FACTS: Record<C, [minor: string, general: string, serious: string]> = {
  [C.STREET_VENDING]: [
    '占道面积2平方米以下，未影响通行，经责令后立即改正',
    '占道面积2至5平方米，或影响行人通行，经责令后改正',
    '占道面积5平方米以上、占用盲道或消防通道，或拒不改正、一年内再次违法',
  ],
  [C.OUT_OF_STORE_OPERATION]: [
    '超出门窗1米以内，经责令后立即改正',
    '超出门窗1米以上，或影响行人通行，经责令后改正',
    '占用盲道、消防通道或拒不改正，或一年内再次违法',
  ],
  [C.CITY_APPEARANCE]: ['影响范围小，经责令后立即改正', '影响市容范围较大，或经责令后逾期改正', '拒不改正、阻碍执法，或一年内再次违法'],
  [C.GRAFFITI_AND_POSTERS]: ['张贴、涂写5处以下，并自行清除', '张贴、涂写5至20处，或未自行清除', '张贴、涂写20处以上，或组织、雇佣他人实施'],
  [C.LITTERING]: ['首次违法，经劝导后立即清除', '经劝导未及时清除，或数量较多', '拒不清除、造成环境污染，或一年内再次违法'],
  [C.CATERING_FUMES]: ['净化设施未正常使用，经责令后立即改正，未引起投诉', '未安装净化设施，或引起周边居民投诉', '拒不改正、多次投诉或造成较大社会影响'],
  [C.NOISE]: ['首次违法，噪声影响范围小，经责令后立即停止', '引起周边居民投诉，经责令后停止', '拒不停止、夜间持续作业或造成较大社会影响'],
  [C.SHARED_BIKE_PARKING]: ['乱停放车辆20辆以下，接到通知后按时清理', '乱停放车辆20至50辆，或未按时清理', '乱停放车辆50辆以上，或拒不清理、多次违法'],
  [C.LIVESTREAM_OBSTRUCTION]: ['聚集人数少、未影响通行，经劝导后立即改正', '影响行人通行，经劝导后改正', '造成交通拥堵或安全隐患，拒不改正'],
  [C.OUTDOOR_ADVERTISING]: ['面积10平方米以下，经责令后限期内自行拆除或修复', '面积10至30平方米，或逾期改正', '面积30平方米以上，存在安全隐患，或拒不改正'],
  [C.ILLEGAL_CONSTRUCTION]: [
    '尚可采取改正措施消除影响，面积50平方米以下，主动停止建设',
    '尚可采取改正措施消除影响，面积50至200平方米',
    '面积200平方米以上，或影响公共安全、拒不停止建设',
  ],
  [C.CONSTRUCTION_WASTE]: [
    '撒漏面积10平方米以下，当场清理',
    '撒漏面积10至50平方米，或未及时清理',
    '撒漏面积50平方米以上，造成交通或环境影响，或一年内再次违法',
  ],
};
