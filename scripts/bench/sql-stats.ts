/** Counts SQL statements the services send, from PostgreSQL's pg_stat_statements (the services run in other processes). */
import { Client } from 'pg';

export class SqlStatements {
  private constructor(private readonly client: Client) {}

  static async connect(url: string): Promise<SqlStatements> {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('create extension if not exists pg_stat_statements');
    return new SqlStatements(client);
  }

  /** Statements executed in this database so far (this counter's own queries excluded). */
  async total(): Promise<number> {
    const r = await this.client.query<{ n: string }>(
      `select coalesce(sum(calls), 0)::bigint as n from pg_stat_statements
       where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'`,
    );
    return Number(r.rows[0].n);
  }

  /** Statements per second while nothing is asked (background jobs polling), to subtract from a scenario. */
  async idleRate(ms = 1500): Promise<number> {
    const before = await this.total();
    await new Promise((r) => setTimeout(r, ms));
    return ((await this.total()) - before) / (ms / 1000);
  }

  /** Forgets the counts so far (`--statements`: each cell's own statements). */
  async reset(): Promise<void> {
    await this.client.query('select pg_stat_statements_reset()');
  }

  /** The statements that took most of the server's execution time since the last reset, per request. */
  async top(requests: number, n = 6): Promise<{ calls: number; ms: number; rows: number; query: string }[]> {
    const r = await this.client.query<{ calls: string; ms: number; rows: string; query: string }>(
      `select calls, total_exec_time as ms, rows, query from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'
        order by total_exec_time desc limit $1`,
      [n],
    );
    return r.rows.map((x) => ({
      calls: Number(x.calls) / requests,
      ms: x.ms / requests,
      rows: Number(x.rows) / requests,
      query: x.query.replace(/\s+/g, ' '),
    }));
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
