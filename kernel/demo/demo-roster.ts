import { seedId } from '../db/seed-id';

/**
 * The demo city's officer roster as other subgraphs know it: badge numbers 3307810001… and the ids derived
 * from them. Enforcement owns the officers; training and participation seed data refer to them by these ids,
 * as a real department would import the HR roster, without reading enforcement's tables.
 */
export const DEMO_OFFICER_COUNT = 36;

export function demoBadge(index: number): string {
  return `330781${String(10001 + index).slice(1)}`;
}

export function demoOfficerId(index: number): string {
  return seedId('officer', demoBadge(index));
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹'.split('');
const GIVEN = '建国|志强|海燕|丽华|晓明|伟|静|磊|敏|勇|军|杰|娟|涛|明|超|秀英|平|刚|桂英|鹏|辉|丹|萍|鑫|斌|宇|浩|凯|倩|文斌'.split('|');

/** 姓名 of the demo officer at `index`: enforcement seeds its officers with it, training's roster copy repeats it. */
export function demoOfficerName(index: number): string {
  return `${SURNAMES[(index * 7) % SURNAMES.length]}${GIVEN[(index * 11) % GIVEN.length]}`;
}
