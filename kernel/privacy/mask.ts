/** `13812345678` → `138****5678` (DESIGN.md §3 Parties). */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) {
    return null;
  }
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) {
    return '*'.repeat(digits.length);
  }
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** `110101199001011234` → `110***********1234`. */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) {
    return null;
  }
  if (id.length < 8) {
    return '*'.repeat(id.length);
  }
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}
