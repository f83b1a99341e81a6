/**
 * AFTER … FOR EACH STATEMENT triggers on insert, update and delete of `table`, calling `<schema>.<name>_after()`
 * with the transition tables `changed` (new rows) and `before` (old rows): for counters kept in the same
 * transaction as the change.
 */
export function statementTriggers(schema: string, table: string, name: string): string {
  return [
    ['ins', 'insert', 'new table as changed'],
    ['upd', 'update', 'old table as before new table as changed'],
    ['del', 'delete', 'old table as before'],
  ]
    .map(
      ([suffix, event, tables]) =>
        `create trigger "${name}_${suffix}" after ${event} on "${schema}"."${table}" referencing ${tables}\n` +
        `  for each statement execute function "${schema}"."${name}_after"();`,
    )
    .join('\n');
}
