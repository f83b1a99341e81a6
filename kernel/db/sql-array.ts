/** A PostgreSQL array literal for a bound parameter, e.g. `where id = any(?::uuid[])` with `sqlArray(ids)`. */
export function sqlArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
