import { withEntityManager } from '../services/create-request-scope';
import type { RequestScope } from '../services/request-scope';
import { inSpan, SpanKind } from '../telemetry/trace-context';

export interface IncomingMessage {
  id: string;
  source: string;
  topic: string;
  payload: Record<string, unknown>;
}

/** A consumer of one topic; runs inside the transaction that records the message as processed. */
export type MessageHandler = (scope: RequestScope, payload: Record<string, unknown>, message: IncomingMessage) => Promise<void>;

export type ConsumeResult = 'processed' | 'duplicate' | 'no-handler';

/**
 * Applies a message exactly once: the inbox row and the handler's changes commit together, and a message id
 * seen before is acknowledged without running the handler again.
 */
export async function consumeMessage(scope: RequestScope, handlers: Record<string, MessageHandler>, message: IncomingMessage): Promise<ConsumeResult> {
  const handler = handlers[message.topic];
  if (!handler) {
    return 'no-handler';
  }
  const schema = scope.em.config.get('schema');
  // a child of the delivery's HTTP request, which carries the producer's traceparent
  const attributes = {
    'messaging.system': 'outbox',
    'messaging.operation': 'process',
    'messaging.destination.name': message.topic,
    'messaging.message.id': message.id,
  };
  return inSpan(`outbox consume ${message.topic}`, { kind: SpanKind.CONSUMER, attributes }, () =>
    scope.em.transactional(async (em) => {
      const inserted: unknown[] = await em.execute(
        `insert into "${schema}".inbox_message (id, source, topic) values (?, ?, ?) on conflict (id) do nothing returning id`,
        [message.id, message.source, message.topic],
      );
      if (inserted.length === 0) {
        return 'duplicate';
      }
      await handler(withEntityManager(scope, em), message.payload, message);
      return 'processed' as const;
    }),
  );
}
