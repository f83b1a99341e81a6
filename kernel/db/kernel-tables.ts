/**
 * Tables the kernel keeps in every subgraph's schema (created idempotently by `migrate`, before the subgraph's
 * own migrations): the transactional outbox, the consumer's inbox of processed message ids, the audit log
 * of unmasked personal-data reads, the nonces of signed identities already served (unlogged: after a crash
 * it is empty, and the identities it held have expired by the time the instances are back), and the fixed-window
 * counters of the public writes' rate limits (unlogged too: after a crash every window starts again).
 */
/** The kernel's tables: no subgraph entity maps them, so generated migrations must leave them alone. */
export const KERNEL_TABLE_NAMES = ['outbox_message', 'inbox_message', 'personal_data_access', 'identity_nonce', 'rate_limit_counter'];

export function kernelTablesDdl(schema: string): string[] {
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
    // W3C traceparent of the request that wrote the message (null when tracing is off)
    `alter table ${s}.outbox_message add column if not exists trace_context varchar(128) null`,
    `create index if not exists outbox_message_pending_idx on ${s}.outbox_message (next_attempt_at)
      where delivered_at is null and dead_at is null`,
    `create index if not exists outbox_message_dead_idx on ${s}.outbox_message (dead_at) where dead_at is not null`,
    `create table if not exists ${s}.inbox_message (
      id uuid primary key,
      source varchar(40) not null,
      topic varchar(80) not null,
      processed_at timestamptz not null default now()
    )`,
    `create table if not exists ${s}.personal_data_access (
      id bigserial primary key,
      at timestamptz not null default now(),
      request_id varchar(80) not null,
      actor_subject varchar(80) null,
      actor_roles text[] not null,
      entity varchar(40) not null,
      entity_id varchar(80) not null,
      field varchar(40) not null
    )`,
    `create index if not exists personal_data_access_entity_idx on ${s}.personal_data_access (entity, entity_id, at)`,
    `create unlogged table if not exists ${s}.identity_nonce (
      nonce varchar(64) primary key,
      expires_at timestamptz not null
    )`,
    `create index if not exists identity_nonce_expires_idx on ${s}.identity_nonce (expires_at)`,
    `create unlogged table if not exists ${s}.rate_limit_counter (
      bucket varchar(120) not null,
      window_start timestamptz not null,
      hits int not null default 0,
      primary key (bucket, window_start)
    )`,
    `create index if not exists rate_limit_counter_window_idx on ${s}.rate_limit_counter (window_start)`,
  ];
}
