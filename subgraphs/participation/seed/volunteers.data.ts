import { ActivityKind as K } from '../activity/activity-enums';
import { VolunteerSkill as S } from '../volunteer/volunteer-enums';

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
export const GIVEN_NAMES = ['建国', '秀英', '志强', '丽华', '文明', '海燕', '晓东', '桂芳', '俊杰', '雅琴', '国庆', '美玲', '振华', '婷婷', '红梅'];

export const SKILL_SETS: S[][] = [
  [S.PERSUASION],
  [S.TRAFFIC, S.PERSUASION],
  [S.FIRST_AID],
  [S.CLEANING],
  [S.PHOTOGRAPHY, S.PUBLICITY],
  [S.LAW, S.PERSUASION],
  [S.FOREIGN_LANGUAGE, S.PUBLICITY],
  [S.CLEANING, S.TRAFFIC, S.FIRST_AID],
];

/** 活动模板: kind, title, description, meeting point suffix, duration (h), capacity. */
export const ACTIVITY_TEMPLATES: [K, string, string, string, number, number][] = [
  [K.CIVILITY_PERSUASION, '文明劝导岗', '在路口劝导行人和非机动车文明出行，不闯红灯、不乱穿马路', '十字路口', 3, 12],
  [K.CLEAN_UP, '环境清洁日', '清理背街小巷卫生死角、白色垃圾和小广告', '社区广场', 3, 20],
  [K.TRAFFIC_GUIDANCE, '早高峰交通疏导', '协助疏导早高峰车流，引导共享单车规范停放', '公交枢纽', 2, 10],
  [K.SCHOOL_SAFETY, '护学岗', '上学放学时段在校门口维护秩序，护送学生过马路', '小学南门', 2, 8],
  [K.OUTREACH, '城管进社区', '宣传市容环境卫生条例，现场受理居民咨询', '社区服务中心', 3, 15],
  [K.OPEN_DAY, '城管开放日', '带领市民参观指挥中心和执法中队，体验执法记录仪使用', '城管局指挥中心', 4, 20],
  [K.LABOR_IN_LIEU, '以劳代罚公益劳动', '违规当事人参加公益劳动，由志愿者协助组织和记录', '中队驻地', 3, 8],
];

/** 积分兑换目录 */
export const REWARDS: [string, string, string, number][] = [
  ['CANVAS-BAG', '城管文创帆布袋', '“最美兰溪”主题帆布袋一个', 30],
  ['BUS-CARD-20', '公交乘车券（20元）', '兰溪市公交通用，有效期一年', 40],
  ['LIBRARY-VIP', '图书馆借阅特权', '市图书馆借阅册数上限提高至20册，一年', 60],
  ['PARK-PASS', '公园游览年卡', '兰溪市内收费公园年卡一张', 120],
  ['PARKING-2H', '公共停车优惠券', '市属公共停车场免费停车2小时，5张', 50],
  ['HEALTH-CHECK', '健康体检套餐', '市人民医院基础体检一次', 300],
];
