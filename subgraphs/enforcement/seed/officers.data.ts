import { demoBadge } from '../../../kernel/demo/demo-roster';
import { OfficerPosition } from '../officer/officer-enums';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹'.split('');
const GIVEN = [
  '建国',
  '志强',
  '海燕',
  '丽华',
  '晓明',
  '伟',
  '静',
  '磊',
  '敏',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '平',
  '刚',
  '桂英',
  '鹏',
  '辉',
  '丹',
  '萍',
  '鑫',
  '斌',
  '宇',
  '浩',
  '凯',
  '倩',
  '文斌',
];

export interface OfficerSeed {
  badge: string;
  name: string;
  unitKey: string;
  position: OfficerPosition;
  hiredOn: string;
  phone: string;
}

/** 3 officers per squad (a leader, a legal officer in the first squads, members), plus brigade and bureau leaders. */
export function officerSeeds(squadKeys: string[]): OfficerSeed[] {
  const out: OfficerSeed[] = [];
  const add = (unitKey: string, position: OfficerPosition) => {
    const i = out.length;
    out.push({
      badge: demoBadge(i),
      name: `${SURNAMES[(i * 7) % SURNAMES.length]}${GIVEN[(i * 11) % GIVEN.length]}`,
      unitKey,
      position,
      hiredOn: `${2008 + ((i * 5) % 18)}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
      phone: `1385790${String(1000 + i * 37).slice(-4)}`,
    });
  };
  add('bureau', OfficerPosition.BUREAU_LEADER);
  add('urban', OfficerPosition.BRIGADE_LEADER);
  add('towns', OfficerPosition.BRIGADE_LEADER);
  for (const [n, key] of squadKeys.entries()) {
    add(key, OfficerPosition.SQUAD_LEADER);
    add(key, n < 4 ? OfficerPosition.LEGAL_OFFICER : OfficerPosition.MEMBER);
    add(key, OfficerPosition.MEMBER);
  }
  return out;
}
