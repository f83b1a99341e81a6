/**
 * MikroORM's schema diff knows only the indexes the entities declare, so it proposes dropping (or recreating
 * narrower) the partial, covering and GIN indexes written by hand in migrations. Whether a generated SQL line touches
 * one of the named ones (`drop index "schema"."name"`, `create index "name" …`).
 */
export function touchesHandWrittenIndex(line: string, indexes: readonly string[]): boolean {
  return [...line.matchAll(/index (?:if exists )?(?:"[^"]+"\.)?"([^"]+)"/g)].some((m) => indexes.includes(m[1]));
}
