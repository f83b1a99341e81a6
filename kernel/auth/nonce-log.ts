/** Runs one SQL statement and returns its rows (MikroORM's `Connection.execute` on the primary). */
export interface SqlExecutor {
  execute(sql: string, params?: unknown[]): Promise<unknown>;
}

/** The table the nonce log lives in (one per subgraph schema: every instance of the subgraph shares it). */
export const nonceTable = (schema: string) => `"${schema}".identity_nonce`;

/**
 * The nonces of signed identities served within their validity window, so one signed request is served once by
 * any instance of a subgraph: the log is an unlogged PostgreSQL table in the subgraph's schema, shared by all its
 * replicas (a header captured on its way to one replica is refused by the others too). A nonce is claimed with
 * one `insert … on conflict do nothing`; rows past their identity's expiry are pruned by a job.
 */
export class NonceLog {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly schema: string,
  ) {}

  /** Records the nonce; false when it was already used (by this instance or another). */
  async claim(nonce: string, expiresAtMs: number): Promise<boolean> {
    const rows = await this.sql.execute(
      `insert into ${nonceTable(this.schema)} (nonce, expires_at) values (?, to_timestamp(?)) on conflict (nonce) do nothing returning nonce`,
      [nonce, expiresAtMs / 1000],
    );
    return Array.isArray(rows) && rows.length === 1;
  }

  /** Forgets the nonces whose identities have expired (they would be refused as expired anyway). */
  async prune(nowMs = Date.now()): Promise<void> {
    await this.sql.execute(`delete from ${nonceTable(this.schema)} where expires_at <= to_timestamp(?)`, [nowMs / 1000]);
  }
}
