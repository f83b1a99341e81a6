import { UniqueConstraintViolationException } from '@mikro-orm/core';

import { createTestDatabase } from '../../tests/harness/database';
import type { TestDatabase } from '../../tests/harness/database';
import { createOrm } from './create-orm';
import type { Orm } from './create-orm';
import { executePrepared } from './prepared';
import { sqlArray } from './sql-array';

const SCHEMA = 'prepared_test';
const BY_IDS = `select id, name, at, tags from ${SCHEMA}.item where id = any(?::int[]) order by id`;

describe('executePrepared (the hot paths’ hand-written SQL as named prepared statements)', () => {
  let db: TestDatabase;
  const orms: Orm[] = [];
  // one connection per ORM: what the pool's connection has prepared is what the test sees
  const open = async (preparedStatements?: boolean) => {
    const orm = await createOrm({ url: db.url, schema: SCHEMA, entities: [], migrations: [], poolMax: 1, preparedStatements });
    orms.push(orm);
    return orm;
  };
  const prepared = async (o: Orm) =>
    (await o.orm.em.getConnection().execute<{ name: string; statement: string }[]>('select name, statement from pg_prepared_statements order by name')).filter(
      (s) => s.statement.includes(`${SCHEMA}.item`),
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    const { orm } = await open();
    await orm.em.getConnection().execute(`create schema ${SCHEMA}`);
    await orm.em
      .getConnection()
      .execute(`create table ${SCHEMA}.item (id int primary key, name text not null, at timestamptz not null, tags text[] not null default '{}')`);
    await orm.em
      .getConnection()
      .execute(
        `insert into ${SCHEMA}.item values (1, '一号', '2026-03-01T08:00:00+08:00', '{a,b}'), (2, 'O''Brien "q"', '2026-03-02T00:00:00Z', '{}'), (3, 'three', now(), '{c}')`,
      );
  });
  afterAll(async () => {
    for (const o of orms) {
      await o.orm.close(true);
    }
    await db.drop();
  });

  it('returns the rows MikroORM returns for the same SQL and parameters, and prepares the text once per connection', async () => {
    const o = await open();
    const em = o.orm.em.fork();
    const expected = await em.getConnection().execute(BY_IDS, [sqlArray(['2', '1'])]);
    expect(await executePrepared(em, BY_IDS, [sqlArray(['2', '1'])])).toEqual(expected);
    expect(expected).toEqual([
      // timestamps come as text in UTC, as MikroORM configures the driver (its hydration parses them)
      { id: 1, name: '一号', at: '2026-03-01 00:00:00+00', tags: ['a', 'b'] },
      { id: 2, name: 'O\'Brien "q"', at: '2026-03-02 00:00:00+00', tags: [] },
    ]);
    await executePrepared(em, BY_IDS, [sqlArray(['3'])]);
    expect(await prepared(o)).toEqual([{ name: expect.stringMatching(/^ceg_[0-9a-f]{24}$/), statement: BY_IDS.replace('?', '$1') }]);
  });

  it('is counted by the statement counter the no-N+1 tests read', async () => {
    const o = await open();
    const before = o.sql.total;
    await executePrepared(o.orm.em.fork(), BY_IDS, [sqlArray(['1'])]);
    await executePrepared(o.orm.em.fork(), BY_IDS, [sqlArray(['2'])]);
    expect(o.sql.total - before).toBe(2);
  });

  it('turns a constraint violation into the exception MikroORM raises', async () => {
    const o = await open();
    await expect(executePrepared(o.orm.em.fork(), `insert into ${SCHEMA}.item (id, name, at) values (?, ?, now())`, [1, 'again'])).rejects.toBeInstanceOf(
      UniqueConstraintViolationException,
    );
    // the connection went back to the pool: the next statement runs
    expect(await executePrepared(o.orm.em.fork(), BY_IDS, [sqlArray(['3'])])).toHaveLength(1);
  });

  it('runs inside a transaction on the transaction’s own connection (sees its uncommitted rows), unprepared', async () => {
    const o = await open(); // one connection: taking a second one from the pool would wait forever
    await o.orm.em
      .fork()
      .transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(`insert into ${SCHEMA}.item (id, name, at) values (40, 'in a transaction', now())`, [], 'run', tx.getTransactionContext());
        expect(await executePrepared(tx, BY_IDS, [sqlArray(['40'])])).toEqual([expect.objectContaining({ id: 40, name: 'in a transaction' })]);
        throw new Error('roll back');
      })
      .catch((e: Error) => expect(e.message).toBe('roll back'));
    expect(await executePrepared(o.orm.em.fork(), BY_IDS, [sqlArray(['40'])])).toEqual([]);
    expect(await prepared(o)).toHaveLength(1); // only the statement just run outside the transaction
  });

  it('re-prepares a statement whose result a migration changed while it was cached on the connection', async () => {
    const o = await open(); // one connection: the statement is cached on it
    const sql = `select id, tags from ${SCHEMA}.retyped where id = any(?::int[])`;
    await o.orm.em.getConnection().execute(`create table ${SCHEMA}.retyped (id int primary key, tags varchar(10) not null)`);
    await o.orm.em.getConnection().execute(`insert into ${SCHEMA}.retyped values (1, 'a')`);
    expect(await executePrepared(o.orm.em.fork(), sql, [sqlArray(['1'])])).toEqual([{ id: 1, tags: 'a' }]);
    // another instance's migration, while this one runs: PostgreSQL refuses the cached plan ("cached plan must not
    // change result type", 0A000) until the statement is prepared again
    await o.orm.em.getConnection().execute(`alter table ${SCHEMA}.retyped alter column tags type text[] using array[tags]`);
    expect(await executePrepared(o.orm.em.fork(), sql, [sqlArray(['1'])])).toEqual([{ id: 1, tags: ['a'] }]);
    expect(await executePrepared(o.orm.em.fork(), sql, [sqlArray(['1'])])).toEqual([{ id: 1, tags: ['a'] }]);
  });

  it('prepares nothing when the ORM is created with prepared statements off (DATABASE_PREPARED_STATEMENTS=false)', async () => {
    const o = await open(false);
    expect(await executePrepared(o.orm.em.fork(), BY_IDS, [sqlArray(['1', '3'])])).toEqual([
      expect.objectContaining({ id: 1 }),
      expect.objectContaining({ id: 3 }),
    ]);
    expect(await prepared(o)).toEqual([]);
  });
});
