import { ackError, type Ack } from '@bilik/shared';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { ServiceError } from '../errors.js';

/** Non-binary payloads larger than this are refused before parsing; captures have their own bound. */
export const MAX_JSON_PAYLOAD_BYTES = 64 * 1024;

type AckFn = (response: Ack) => void;
type Handler<S extends z.ZodType> = (payload: z.infer<S>) => Promise<object> | object;

/**
 * Registers the handlers of one socket: each event is validated against its schema, run, and
 * acknowledged `{ ok: true, ... }` or `{ ok: false, code, message }`. Events not registered get
 * UNKNOWN_EVENT. Nothing a client sends can throw past this point.
 */
export class SocketHandlers {
  private readonly known = new Set<string>();

  constructor(
    private readonly socket: Socket,
    private readonly logger: Logger,
  ) {
    socket.onAny((event: string, ...args: unknown[]) => {
      if (this.known.has(event)) return;
      this.logger.warn({ event }, 'unknown event');
      const ack = args.at(-1);
      if (typeof ack === 'function') (ack as AckFn)(ackError('UNKNOWN_EVENT', `unknown event ${event}`));
    });
  }

  on<S extends z.ZodType>(
    event: string,
    schema: S,
    handler: Handler<S>,
    options: { binary?: boolean } = {},
  ): void {
    this.known.add(event);
    this.socket.on(event, async (...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack !== 'function') {
        this.logger.warn({ event }, 'event without ack callback ignored');
        return;
      }
      const respond = ack as AckFn;
      const payload = args.length > 1 ? args[0] : undefined;
      if (!options.binary && jsonSize(payload) > MAX_JSON_PAYLOAD_BYTES) {
        this.logger.warn({ event }, 'payload too large');
        return respond(ackError('PAYLOAD_TOO_LARGE', `payload over ${MAX_JSON_PAYLOAD_BYTES} bytes`));
      }
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        const message = parsed.error.issues
          .map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`)
          .join('; ');
        this.logger.warn({ event, message }, 'invalid payload');
        return respond(ackError('BAD_REQUEST', message));
      }
      try {
        const result = await handler(parsed.data);
        respond({ ok: true, ...result });
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
