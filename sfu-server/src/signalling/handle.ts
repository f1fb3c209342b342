import {
  ackError,
  type Ack,
  type Contract,
  type EventName,
  type EventSpec,
  type ParsedRequestOf,
  type ResponseOf,
  type ClientEvents,
  type ServerPushes,
} from '@bilik/shared';

/** A server namespace typed by its contract: what it hears, what it may push. */
export type ContractNamespace<C extends Contract> = Namespace<ClientEvents<C>, ServerPushes<C>>;
import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import { ServiceError } from '../errors.js';

/** Non-binary payloads larger than this are refused before parsing; captures have their own bound. */
export const MAX_JSON_PAYLOAD_BYTES = 64 * 1024;

type AckFn = (response: Ack) => void;

/** A handler gets the parsed request and returns the reply's body, checked against the contract. */
export type Handler<C extends Contract, E extends EventName<C>> = (
  payload: ParsedRequestOf<C, E>,
) => Promise<ResponseOf<C, E>> | ResponseOf<C, E>;

/**
 * Registers the handlers of one socket against its namespace's contract: each event's request
 * is validated against its schema, the handler runs, and the reply is acknowledged
 * `{ ok: true, ... }` or `{ ok: false, code, message }`. Events not registered get
 * UNKNOWN_EVENT. Nothing a client sends can throw past this point.
 */
export class SocketHandlers<C extends Contract> {
  private constructor(
    private readonly socket: Socket,
    private readonly contract: C,
    private readonly logger: Logger,
    private readonly known: Set<string>,
  ) {}

  static attach<C extends Contract>(socket: Socket, contract: C, logger: Logger): SocketHandlers<C> {
    const known = new Set<string>();
    socket.onAny((event: string, ...args: unknown[]) => {
      if (known.has(event)) return;
      logger.warn({ event }, 'unknown event');
      const ack = args.at(-1);
      if (typeof ack === 'function') (ack as AckFn)(ackError('UNKNOWN_EVENT', `unknown event ${event}`));
    });
    return new SocketHandlers(socket, contract, logger, known);
  }

  /** The same socket's handlers seen through a part of its contract (the media events, say). */
  part<P extends Contract>(part: P): SocketHandlers<P> {
    for (const event of Object.keys(part.events))
      if (this.contract.events[event] !== part.events[event])
        throw new Error(`${event} is not part of this namespace's contract`);
    return new SocketHandlers(this.socket, part, this.logger, this.known);
  }

  on<E extends EventName<C>>(event: E, handler: Handler<C, E>): void {
    const spec: EventSpec = this.contract.events[event]!;
    this.known.add(event);
    this.socket.on(event as string, async (...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack !== 'function') {
        this.logger.warn({ event }, 'event without ack callback ignored');
        return;
      }
      const respond = ack as AckFn;
      const payload = args.length > 1 ? args[0] : undefined;
      if (!spec.binary && jsonSize(payload) > MAX_JSON_PAYLOAD_BYTES) {
        this.logger.warn({ event }, 'payload too large');
        return respond(ackError('PAYLOAD_TOO_LARGE', `payload over ${MAX_JSON_PAYLOAD_BYTES} bytes`));
      }
      const parsed = spec.request.safeParse(payload);
      if (!parsed.success) {
        const message = parsed.error.issues
          .map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`)
          .join('; ');
        this.logger.warn({ event, message }, 'invalid payload');
        return respond(ackError('BAD_REQUEST', message));
      }
      try {
        const result = await handler(parsed.data as ParsedRequestOf<C, E>);
        respond({ ok: true, ...(result as object) });
      } catch (err) {
        respond(toAckError(err, event, this.logger));
      }
    });
  }
}

function jsonSize(payload: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? '');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function toAckError(err: unknown, event: string, logger: Logger): Ack {
  if (err instanceof ServiceError) {
    logger.info({ event, code: err.code, message: err.message }, 'request refused');
    return ackError(err.code, err.message);
  }
  // mediasoup rejects malformed rtpParameters/dtlsParameters with TypeError.
  if (err instanceof TypeError) {
    logger.warn({ event, err }, 'request rejected by mediasoup');
    return ackError('BAD_REQUEST', err.message);
  }
  // The router or worker under the request closed (a worker died): the desk is being rebuilt, and
  // its clients set up media again when the new epoch reaches them.
  if (err instanceof Error && err.name === 'InvalidStateError') {
    logger.warn({ event, err }, 'media closed under the request');
    return ackError('MEDIA_ERROR', 'the media server restarted; try again');
  }
  logger.error({ event, err }, 'handler failed');
  return ackError('INTERNAL', 'internal error; the request was not applied');
}
