import type { Socket } from 'socket.io-client';
import type {
  Ack,
  ClientEvents,
  Contract,
  ErrorCode,
  EventName,
  RequestOf,
  ResponseOf,
  ServerPushes,
} from '../protocol/index.js';

/** A socket typed by its namespace's contract: what it may emit, what it may be told. */
export type ContractSocket<C extends Contract> = Socket<ServerPushes<C>, ClientEvents<C>>;

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

/**
 * Sends one event of the socket's contract and waits for its ack; the payload and the reply are
 * typed by the contract, and a refusal becomes a RequestError.
 */
export async function request<C extends Contract, E extends EventName<C>>(
  socket: ContractSocket<C>,
  event: E,
  payload: RequestOf<C, E>,
  timeoutMs = 15_000,
): Promise<ResponseOf<C, E>> {
  let ack: Ack;
  try {
    // The contract types both ends; here the event is sent as socket.io sees it on the wire.
    ack = (await (socket as Socket).timeout(timeoutMs).emitWithAck(event, payload)) as Ack;
  } catch {
    throw new RequestError('TIMEOUT', `${event}: no answer from the branch server`);
  }
  if (!ack.ok) throw new RequestError(ack.code, ack.message);
  // The reply's body; `ok` stays on it, harmless to anyone reading the contract's fields.
  return ack as ResponseOf<C, E>;
}
