import { UnitLevel } from '../unit/unit-level.enum';

/** 兰溪市 (county-level city in Jinhua, Zhejiang; administrative code 330781) — the demo city. */
export const BUREAU = { key: 'bureau', name: '兰溪市综合行政执法局', shortName: '执法局', level: UnitLevel.BUREAU, jurisdiction: '兰溪市' };

export const BRIGADES = [
  { key: 'urban', name: '兰溪市综合行政执法局城区执法大队', shortName: '城区大队', jurisdiction: '城区六街道' },
  { key: 'towns', name: '兰溪市综合行政执法局乡镇执法大队', shortName: '乡镇大队', jurisdiction: '游埠、诸葛、马涧、香溪、梅江' },
];

/** 中队, one per street or town; `brigade` names the parent. */
export const SQUADS = [
  { key: 'yunshan', brigade: 'urban', street: '云山街道', shortName: '云山中队' },
  { key: 'lanjiang', brigade: 'urban', street: '兰江街道', shortName: '兰江中队' },
  { key: 'shanghua', brigade: 'urban', street: '上华街道', shortName: '上华中队' },
  { key: 'yongchang', brigade: 'urban', street: '永昌街道', shortName: '永昌中队' },
  { key: 'chixi', brigade: 'urban', street: '赤溪街道', shortName: '赤溪中队' },
  { key: 'nvbu', brigade: 'urban', street: '女埠街道', shortName: '女埠中队' },
  { key: 'youbu', brigade: 'towns', street: '游埠镇', shortName: '游埠中队' },
  { key: 'zhuge', brigade: 'towns', street: '诸葛镇', shortName: '诸葛中队' },
  { key: 'majian', brigade: 'towns', street: '马涧镇', shortName: '马涧中队' },
  { key: 'xiangxi', brigade: 'towns', street: '香溪镇', shortName: '香溪中队' },
  { key: 'meijiang', brigade: 'towns', street: '梅江镇', shortName: '梅江中队' },
];
