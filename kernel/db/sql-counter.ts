/** Counts SQL statements sent by one ORM; used by tests and the benchmark to prove there is no N+1. */
export class SqlCounter {
  private count = 0;
  private readonly statements: string[] = [];
  keepStatements = false;

  record(sql: string): void {
    this.count += 1;
    if (this.keepStatements) {
      this.statements.push(sql);
    }
  }

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }

  get total(): number {
    return this.count;
  }

  get recorded(): readonly string[] {
    return this.statements;
  }
}
