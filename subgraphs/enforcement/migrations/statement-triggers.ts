/** AFTER … FOR EACH STATEMENT triggers on insert, update and delete of a case, with their transition tables. */
export function statementTriggers(name: string): string {
  return [
    ['ins', 'insert', 'new table as changed'],
    ['upd', 'update', 'old table as before new table as changed'],
    ['del', 'delete', 'old table as before'],
  ]
    .map(
      ([suffix, event, tables]) =>
        `create trigger "${name}_${suffix}" after ${event} on "enforcement"."case" referencing ${tables}\n` +
        `  for each statement execute function "enforcement"."${name}_after"();`,
    )
    .join('\n');
}
