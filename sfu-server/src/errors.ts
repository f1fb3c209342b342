import type { ErrorCode } from '@bilik/shared';

/**
 * A request the server refuses on purpose: the code reaches the client's ack (and its translated
 * message), the message the log. Anything else thrown by a handler is an internal failure.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
