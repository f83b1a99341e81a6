/** `张三丰` → `张**`: public lists show the family name only. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) {
    return '*';
  }
  return chars[0] + '*'.repeat(chars.length - 1);
}
