import { ReportCategory as C } from '../report/report-enums';

/** What citizens write, per category (demo data). */
export const REPORT_TEXTS: Record<C, string[]> = {
  [C.STREET_VENDING]: ['学校门口有流动摊贩占道卖烤肠，放学时堵住人行道', '菜场外路边摆摊卖菜，车辆无法通行', '夜市摊位超出划定区域摆到了盲道上'],
  [C.OUT_OF_STORE_OPERATION]: ['水果店把货架摆到店门外的人行道上', '餐馆在门口支桌子营业，行人只能走机动车道', '五金店门口堆放大量货物'],
  [C.LITTERING]: ['小区门口垃圾桶满溢无人清理，气味很大', '河边步道有人乱扔烟头和饮料瓶', '绿化带里有人倾倒生活垃圾'],
  [C.GRAFFITI_AND_POSTERS]: ['电线杆上贴满了办证小广告', '新刷的围墙被人喷涂涂鸦', '公交站台贴了很多招租广告'],
  [C.ILLEGAL_CONSTRUCTION]: ['楼顶正在搭建彩钢瓦棚', '一楼住户私自扩建院子围墙占用公共绿地', '沿街店铺违规搭建雨棚'],
  [C.CATERING_FUMES]: ['烧烤店油烟直排，楼上住户无法开窗', '早餐店油烟管道直接对着居民楼'],
  [C.NOISE]: ['商店门口用高音喇叭循环播放促销广告', '深夜工地还在施工，噪声很大', '广场舞音响声音太大影响休息'],
  [C.SHARED_BIKE_PARKING]: ['地铁口共享单车堆积，挡住了盲道', '人行道上共享单车倒了一片'],
  [C.DAMAGED_FACILITY]: ['人行道地砖松动，下雨天踩上去溅水', '路灯不亮已经一周了', '窨井盖破损有安全隐患'],
  [C.OTHER]: ['路边停放的僵尸车很久没人挪', '河道里漂浮大量垃圾'],
};

export const ADDRESS_HINTS = ['人民路', '解放路', '兰江路', '丹溪大道', '振兴路', '桃花坞路', '西门街', '中洲大道'];

/** What the grid officer writes when the problem is fixed. */
export const RESOLUTION_NOTES = [
  '已现场劝导当事人整改，问题已消除',
  '已联系环卫作业单位清理完毕',
  '已责令商户将物品收回店内，并签订门前三包责任书',
  '已拆除违规设置的广告物，现场恢复整洁',
  '已通知产权单位维修，设施恢复正常',
  '已对当事人进行教育并依法处理，现场恢复秩序',
];

export const PROGRESS_NOTES = ['网格员已接单，正在赶往现场', '已到达现场核实情况', '已联系当事人，正在处置'];

export const RATING_COMMENTS = ['处理很及时，点赞', '城管同志态度很好', '问题解决了，谢谢', '速度可以再快一点', '满意'];

export const DISPUTE_NOTES = ['问题又出现了，请再来看看', '现场并未处理干净'];
