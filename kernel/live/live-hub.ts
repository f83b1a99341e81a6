import { Client } from 'pg';

import type { Logger } from '../log/logger';
import { liveChannel } from './publish-live';
import type { LiveEvent } from './publish-live';

const RECONNECT_MS = 1000;
/** Events a slow subscriber may have waiting before the oldest are dropped (each event is "re-read now"). */
const MAX_QUEUED = 100;

type Listener = (event: LiveEvent) => void;

/**
 * The live events of one subgraph instance: one PostgreSQL connection that LISTENs on the subgraph's channel
 * (see publishLive) and hands each event to the subscriptions of this instance that follow its topic and key.
 * Every instance of a subgraph holds its own hub, so a change committed on any instance reaches the
 * subscribers of all of them, each once. While the connection is down, events are missed (it reconnects every
 * second); subscribers re-read the current state on every event, so a later event brings them up to date.
 */
export class LiveHub {
  private client: Client | null = null;
  private closed = false;
  private readonly listeners = new Map<string, Set<Listener>>();
  private reconnectTimer: NodeJS.Timeout | undefined;
  /** How to end each open subscription (on stop). */
  private readonly ends = new Set<() => Promise<IteratorResult<LiveEvent>>>();

  constructor(
    private readonly databaseUrl: string,
    private readonly dbSchema: string,
    private readonly log: Logger,
  ) {}

  /** Connects and LISTENs; resolves once events are being received. */
  async start(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: `live:${this.dbSchema}` });
    client.on('notification', (msg) => this.dispatch(msg.payload));
    client.on('error', (err) => this.log.warn({ err }, 'live events: connection error'));
    client.on('end', () => this.connectionLost(client));
    await client.connect();
    await client.query(`listen ${liveChannel(this.dbSchema)}`);
    this.client = client;
  }

  /** The events of `topic` about `key`, from now until the iterator is returned (the client unsubscribed). */
  subscribe(topic: string, key: string): AsyncIterableIterator<LiveEvent> {
    const id = `${topic}\u0000${key}`;
    const queue: LiveEvent[] = [];
    let wake: ((r: IteratorResult<LiveEvent>) => void) | null = null;
    let done = false;
    const listener: Listener = (event) => {
      if (wake) {
        const w = wake;
        wake = null;
        w({ value: event, done: false });
        return;
      }
      queue.push(event);
      if (queue.length > MAX_QUEUED) {
        queue.shift();
      }
    };
    const set = this.listeners.get(id) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(id, set);
    const finish = (): Promise<IteratorResult<LiveEvent>> => {
      done = true;
      this.ends.delete(finish);
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(id) === set) {
        this.listeners.delete(id);
      }
      wake?.({ value: undefined, done: true });
      wake = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    const iterator: AsyncIterableIterator<LiveEvent> = {
      next: () => {
        const event = queue.shift();
        if (event) {
          return Promise.resolve({ value: event, done: false });
        }
        if (done || this.closed) {
          return Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((resolve) => (wake = resolve));
      },
      return: finish,
      throw: finish,
      [Symbol.asyncIterator]: () => iterator,
    };
    this.ends.add(finish);
    return iterator;
  }

  /** Subscriptions currently open on this instance (for /health and tests). */
  get subscriberCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) {
      n += set.size;
    }
    return n;
  }

  /** Ends every subscription (their streams complete) and closes the connection. */
  async stop(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await Promise.all([...this.ends].map((end) => end()));
    this.ends.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private dispatch(payload: string | undefined): void {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload ?? '') as LiveEvent;
    } catch {
      this.log.warn({ payload }, 'live events: ignored a notification that is not JSON');
      return;
    }
    for (const listener of this.listeners.get(`${event.topic}\u0000${event.key}`) ?? []) {
      listener(event);
    }
  }

  private connectionLost(client: Client): void {
    if (this.closed || this.client !== client) {
      return;
    }
    this.client = null;
    this.log.warn({ schema: this.dbSchema }, 'live events: connection lost; reconnecting');
    const retry = () => {
      this.reconnectTimer = setTimeout(() => {
        if (this.closed) {
          return;
        }
        this.start().catch((err: unknown) => {
          this.log.warn({ err }, 'live events: reconnect failed; retrying');
          retry();
        });
      }, RECONNECT_MS);
    };
    retry();
  }
}
