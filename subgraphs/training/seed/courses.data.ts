import { CourseCategory as C } from '../course/course-category.enum';

/** 课程目录 (demo). Hours are credit hours granted on completion. */
export const COURSES = [
  {
    code: 'LAW-101',
    title: '《行政处罚法》（2021修订）要点与“首违不罚”适用',
    cat: C.LAW_AND_REGULATION,
    hours: 6,
    summary: '第三十三条首违不罚、简易程序与普通程序的适用条件、听证告知。',
  },
  { code: 'LAW-102', title: '城市市容和环境卫生管理法规实务', cat: C.LAW_AND_REGULATION, hours: 4, summary: '市容环卫条例常用条款、自由裁量基准与案例。' },
  { code: 'LAW-103', title: '城乡规划法与违法建设查处', cat: C.LAW_AND_REGULATION, hours: 4, summary: '违法建设认定、责令限期改正、强制拆除程序。' },
  { code: 'COM-101', title: '说理式执法与群众沟通技巧', cat: C.COMMUNICATION, hours: 4, summary: '换位思考、情绪安抚、说清法理情理，化解现场对立。' },
  { code: 'COM-102', title: '围观拍摄与舆情应对', cat: C.COMMUNICATION, hours: 3, summary: '面对镜头的规范用语与执法记录仪全程记录。' },
  { code: 'SRV-101', title: '721工作法：服务为先的城市管理', cat: C.SERVICE_MINDSET, hours: 3, summary: '70%服务、20%管理、10%执法；疏堵结合、便民摊点引导。' },
  {
    code: 'FLX-101',
    title: '柔性执法：温馨提示、整改告知与处罚的阶梯适用',
    cat: C.FLEXIBLE_ENFORCEMENT,
    hours: 6,
    summary: '黄橙红三色处置阶梯、以劳代罚、先罚后返的证据固定。',
  },
  { code: 'FLX-102', title: '商户诚信档案与信用监管', cat: C.FLEXIBLE_ENFORCEMENT, hours: 2, summary: '小红花与小黑点、信用等级与监管频次。' },
  { code: 'EMG-101', title: '暴力抗法与突发事件现场处置', cat: C.EMERGENCY_HANDLING, hours: 4, summary: '安全距离、请求公安支援、伤情与证据处置。' },
  { code: 'DOC-101', title: '执法文书规范制作', cat: C.DOCUMENT_WRITING, hours: 3, summary: '询问笔录、现场检查笔录、责令改正通知书的写法。' },
  { code: 'DIG-101', title: '移动执法终端与执法记录仪使用', cat: C.DIGITAL_TOOLS, hours: 2, summary: '案件采集、证据上传与哈希校验、全过程记录。' },
  { code: 'NEW-001', title: '新入职队员岗前培训', cat: C.LAW_AND_REGULATION, hours: 16, summary: '岗前必修：职业道德、法律基础、着装与执法规范。' },
];
