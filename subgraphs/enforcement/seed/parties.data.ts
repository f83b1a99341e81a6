import { creditCodeCheckChar, idNumberCheckChar } from '../party/party-codes';
import { BusinessType as B } from '../party/party-enums';

/** 商户 of 兰溪 (fictional), with the violation types they typically commit. */
const SHOPS: { name: string; type: B; street: string; violations: string[] }[] = [
  { name: '兰溪鸡子粿', type: B.CATERING, street: '人民路', violations: ['OS-01', 'CF-01'] },
  { name: '老街牛肉面馆', type: B.CATERING, street: '解放路', violations: ['OS-02', 'CA-02'] },
  { name: '兰江烧烤店', type: B.CATERING, street: '兰江路', violations: ['CF-02', 'OS-01'] },
  { name: '游埠早茶铺', type: B.CATERING, street: '游埠老街', violations: ['OS-01', 'CA-02'] },
  { name: '诸葛文创小铺', type: B.CULTURAL_CREATIVE, street: '诸葛村南门', violations: ['OS-02', 'AD-01'] },
  { name: '云山水果行', type: B.RETAIL, street: '云山路', violations: ['OS-02', 'CA-02'] },
  { name: '天福山五金店', type: B.RETAIL, street: '天福山路', violations: ['OS-02', 'AD-02'] },
  { name: '朱家理发店', type: B.SERVICES, street: '朱家路', violations: ['AD-02', 'NS-01'] },
  { name: '横山洗车行', type: B.SERVICES, street: '横山路', violations: ['CA-03', 'CA-02'] },
  { name: '永昌手机卖场', type: B.RETAIL, street: '永昌大道', violations: ['NS-01', 'AD-01'] },
  { name: '赤溪建材运输队', type: B.CONSTRUCTION, street: '赤溪工业区', violations: ['CW-01', 'NS-02'] },
  { name: '兰溪小黄车运营部', type: B.BIKE_SHARING, street: '西门广场', violations: ['SB-01'] },
  { name: '女埠土菜馆', type: B.CATERING, street: '女埠大街', violations: ['CF-01', 'OS-01'] },
  { name: '马涧农资店', type: B.RETAIL, street: '马涧集镇', violations: ['OS-02', 'AD-02'] },
  { name: '香溪糕点坊', type: B.CATERING, street: '香溪街', violations: ['OS-01', 'CA-02'] },
  { name: '梅江百货', type: B.RETAIL, street: '梅江中路', violations: ['OS-02', 'NS-01'] },
];

const VENDORS = '杨梅|甘蔗|烤红薯|水果|小笼包|鲜花|手机贴膜|臭豆腐'.split('|');

export interface MerchantSeed {
  key: string;
  name: string;
  type: B;
  address: string;
  operator: string;
  phone: string;
  violations: string[];
  creditCode: string | null;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹'.split('');
const GIVEN = '建华|秀兰|国平|美玲|志刚|丽娟|卫东|春花|海军|小芳|永强|金凤|立新|红梅|伟民|桂芳'.split('|');
export const personName = (i: number) => `${SURNAMES[(i * 5 + 3) % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`;

/** 统一社会信用代码 with a valid check character (91 = enterprise, 330781 = 兰溪). */
const creditCode = (i: number) => {
  const first17 = `91330781MA2${String(1000000 + i * 7919).slice(-6)}`;
  return first17 + creditCodeCheckChar(first17);
};

export function merchantSeeds(): MerchantSeed[] {
  const shops = SHOPS.flatMap((s, i) =>
    [0, 1].map((k) => ({
      key: `m-${i}-${k}`,
      name: k === 0 ? s.name : `${s.name}（${['二', '三'][i % 2]}店）`,
      type: s.type,
      address: `兰溪市${s.street}${18 + i * 7 + k * 3}号`,
      operator: personName(100 + i * 2 + k),
      phone: `1375790${String(2000 + i * 41 + k).slice(-4)}`,
      violations: s.violations,
      creditCode: creditCode(i * 2 + k),
    })),
  );
  const vendors = VENDORS.map((v, i) => ({
    key: `v-${i}`,
    name: `${personName(200 + i)}${v}摊`,
    type: B.MOBILE_VENDOR,
    address: '兰溪市流动经营（无固定地址）',
    operator: personName(200 + i),
    phone: `1595790${String(3000 + i * 53).slice(-4)}`,
    violations: ['SV-01', 'SV-02'],
    creditCode: null,
  }));
  return [...shops, ...vendors];
}

export interface PersonSeed {
  key: string;
  name: string;
  idNumber: string;
  phone: string;
  violations: string[];
}

const PERSON_VIOLATIONS = [['LT-01'], ['CA-01'], ['GP-01'], ['LT-02'], ['LS-01'], ['LT-03']];

export function personSeeds(count = 24): PersonSeed[] {
  return Array.from({ length: count }, (_, i) => {
    const birth = `19${60 + ((i * 7) % 40)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + ((i * 3) % 28)).padStart(2, '0')}`;
    const first17 = `330781${birth}${String(100 + i * 13).slice(-3)}`;
    return {
      key: `p-${i}`,
      name: personName(i),
      idNumber: first17 + idNumberCheckChar(first17),
      phone: `1395790${String(4000 + i * 29).slice(-4)}`,
      violations: PERSON_VIOLATIONS[i % PERSON_VIOLATIONS.length],
    };
  });
}
