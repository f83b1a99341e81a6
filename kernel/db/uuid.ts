const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string has the shape of a UUID (checked before PostgreSQL would reject the cast). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
