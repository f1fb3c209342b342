import type { Socket } from 'socket.io-client';
import type { Ack, ErrorCode } from '../protocol/index.js';

/**
 * Socket options of both apps on the branch LAN: WebSocket only (no long-polling fallback, no
 * CORS preflights), and after a drop, attempts about every second (never more than 1.3 s apart,
 * cheap on a LAN) that give up on a dead path after 5 s, so a booth is back within a second or
 * two of its network returning.
 */
export const LAN_SOCKET_OPTIONS = {
  transports: ['websocket'],
  reconnectionDelay: 300,
  reconnectionDelayMax: 1000,
  randomizationFactor: 0.3,
  timeout: 5000,
};

/** A failed ack, with its stable code for the UI to translate. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode | 'TIMEOUT',
    message: string,
  ) {
    super(message);
  }
}

/** Sends one event and waits for its ack; a refusal becomes a RequestError. */
export async function request<T extends object = object>(
  socket: Socket,
  event: string,
  payload: unknown = {},
  timeoutMs = 15_000,
): Promise<T> {
  let ack: Ack<T>;
  try {
    ack = (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
  } catch {
    throw new RequestError('TIMEOUT', `${event}: no answer from the branch server`);
  }
  if (!ack.ok) throw new RequestError(ack.code, ack.message);
  return ack;
}
