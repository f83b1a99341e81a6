/**
 * 便民服务联系卡: the card shows a duty line, never an officer's personal mobile — a fixed line (0579-8xxxxxxx) or
 * the hotline 12319. 意见征集: every item gets one answer, from the stationed officer or staff of the squad.
 */
export function isDutyLine(phone: string): boolean {
  return /^0\d{2,3}-?\d{7,8}$/.test(phone) || phone === '12319';
}

export function answerProblem(item: { answeredAt?: Date | null }): string | null {
  return item.answeredAt ? 'this opinion has already been answered' : null;
}
