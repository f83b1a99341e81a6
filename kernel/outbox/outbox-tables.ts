/**
 * Tables the kernel keeps in every subgraph's schema (created idempotently by `migrate`, before the subgraph's
 * own migrations): the transactional outbox and the consumer's inbox of processed message ids.
 */
export function outboxDdl(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `create table if not exists ${s}.outbox_message (
      id uuid primary key,
      destination varchar(40) not null,
      topic varchar(80) not null,
      payload jsonb not null,
      created_at timestamptz not null default now(),
      attempts int not null default 0,
      next_attempt_at timestamptz not null default now(),
      delivered_at timestamptz null,
      dead_at timestamptz null,
      last_error text null
    )`,
    `create index if not exists outbox_message_pending_idx on ${s}.outbox_message (next_attempt_at)
      where delivered_at is null and dead_at is null`,
    `create table if not exists ${s}.inbox_message (
      id uuid primary key,
      source varchar(40) not null,
      topic varchar(80) not null,
      processed_at timestamptz not null default now()
    )`,
  ];
}
