import type { DrillChoiceDef, DrillStepDef } from '../drill/drill-graph';

/** [key, text, next, legality, communication, de-escalation, service, feedback, critical?] */
type C = [string, string, string, number, number, number, number, string, boolean?];
const step = (key: string, narrative: string, ...choices: C[]): DrillStepDef => ({
  key,
  narrative,
  choices: choices.map(([k, text, next, legality, communication, deEscalation, service, feedback, critical]): DrillChoiceDef => ({
    key: k,
    text,
    next,
    legality,
    communication,
    deEscalation,
    service,
    feedback,
    critical: critical ?? false,
  })),
});

/** 3 demo drills (情景模拟) from typical 兰溪 situations. */
export const DRILLS: { code: string; title: string; summary: string; start: string; steps: DrillStepDef[] }[] = [
  {
    code: 'DRL-001',
    title: '校门口首次占道的流动摊贩',
    summary: '放学时段，一名流动摊贩首次在兰溪市实验小学门口占道售卖烤肠。',
    start: 'arrive',
    steps: [
      step(
        'arrive',
        '你和同事巡查到校门口，摊贩正忙着招呼学生，人行道被占用了一半。',
        ['greet', '亮明身份、开启执法记录仪，礼貌说明占道的安全隐患', 'explain', 8, 8, 8, 6, '规范亮证并全程记录，先沟通后处置。'],
        ['seize', '直接要求收摊并准备暂扣三轮车', 'angry', 3, 2, 1, 1, '未调查事实、未告知权利就采取强制，易激化矛盾。'],
        ['ignore', '放学高峰人多，先不管', 'end-bad', 1, 1, 5, 1, '放任安全隐患，失职。'],
      ),
      step(
        'explain',
        '摊贩说自己刚下岗，第一次来摆摊，不知道不能在这里卖。',
        [
          'first',
          '核实为初次违法、危害轻微，劝导当场整改并告知便民疏导点位置',
          'end-good',
          10,
          9,
          9,
          10,
          '符合《行政处罚法》第三十三条“首违不罚”，并体现721工作法的服务为先。',
        ],
        ['fine', '当场罚款200元', 'end-fine', 6, 4, 5, 3, '可以适用简易程序，但初次违法且及时改正的可不予处罚，应优先教育。'],
      ),
      step(
        'angry',
        '摊贩情绪激动，围观家长开始拍摄。',
        ['calm', '停止暂扣，降低音量，重新解释并听取其陈述', 'explain', 7, 7, 8, 6, '及时纠偏、听取陈述申辩是法定要求。'],
        ['push', '强行拉扯三轮车', 'end-critical', 0, 0, 0, 0, '肢体冲突，严重失误。', true],
      ),
      step('end-good', '摊贩收摊并前往便民疏导点，家长点赞。'),
      step('end-fine', '摊贩交了罚款，但心存不满。'),
      step('end-bad', '人行道拥堵，一名学生险些被电动车撞到。'),
      step('end-critical', '冲突升级，视频在网上传播，引发负面舆情。'),
    ],
  },
  {
    code: 'DRL-002',
    title: '拒绝签字的老年摊贩',
    summary: '一位七十多岁的老人在兰江街道菜场外占道卖菜，对现场检查笔录拒绝签字。',
    start: 'record',
    steps: [
      step(
        'record',
        '你已制作现场检查笔录，老人摆手说“我不识字，不签”。',
        ['read', '逐条念给老人听，记录拒签情况并请见证人签名，全程录像', 'help', 10, 8, 8, 7, '当事人拒签的，注明情况并由见证人签名或全程录像。'],
        ['force', '抓住老人的手按手印', 'end-critical', 0, 0, 0, 0, '强迫签字违法，严重失误。', true],
      ),
      step(
        'help',
        '老人说家里困难，只能靠卖菜补贴生活。',
        ['refer', '联系社区为其在菜场内安排临时摊位，并告知以劳代罚等柔性措施', 'end-good', 9, 9, 9, 10, '疏堵结合、帮扶困难群体，体现服务为先。'],
        ['leave', '告知必须离开，不再多说', 'end-neutral', 7, 4, 5, 3, '合法但缺少服务与沟通。'],
      ),
      step('end-good', '老人在菜场内有了固定摊位，再未占道。'),
      step('end-neutral', '老人离开，但第二天又回到原处。'),
      step('end-critical', '老人受惊摔倒，家属投诉，事件被媒体报道。'),
    ],
  },
  {
    code: 'DRL-003',
    title: '直播占道与围观拍摄',
    summary: '夜间一名网红在上华街道人行道直播演艺，聚集大量围观人群，有人对执法人员拍摄。',
    start: 'crowd',
    steps: [
      step(
        'crowd',
        '人群堵住人行道，主播见你们过来，把镜头对准你。',
        ['calm', '面对镜头亮证，使用规范用语说明占道影响通行，请其移至指定区域', 'talk', 9, 9, 8, 7, '面对拍摄保持冷静，执法记录仪全程记录。'],
        ['grab', '伸手挡住手机镜头', 'end-critical', 1, 0, 0, 0, '阻挡拍摄易引发冲突和舆情，严重失误。', true],
      ),
      step(
        'talk',
        '主播说“我又没违法，凭什么管我”。',
        ['law', '说明《城市市容和环境卫生管理条例》相关规定，告知拒不改正的后果', 'end-good', 10, 8, 8, 6, '说理式执法：讲清法理、事理、情理。'],
        ['argue', '与主播隔空争吵', 'talk', 5, 2, 2, 2, '争吵无助于解决问题，应回到说理。'],
      ),
      step('end-good', '主播关闭直播移至广场指定区域，人群散去。'),
      step('end-critical', '视频被剪辑传播，引发舆情。'),
    ],
  },
];
