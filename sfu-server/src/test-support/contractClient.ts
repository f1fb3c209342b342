import {
  adminContract,
  boothContract,
  officerContract,
  type Ack,
  type ClientEvents,
  type Contract,
  type MediaContract,
  type EventName,
  type RequestOf,
  type ResponseOf,
  type ServerPushes,
} from '@bilik/shared';
import { io as connect, type Socket } from 'socket.io-client';
import type { TestServer } from './testServer.js';

// Test clients typed by each namespace's contract, validating what the server sends against it:
// every reply (by its event's response schema) and every push (by the push's schema). A reply or
// push that does not match fails the test that received it, or the file (see vitestSetup.ts).

const NAMESPACES = { '/booth': boothContract, '/officer': officerContract, '/admin': adminContract } as const;
type Namespaces = typeof NAMESPACES;
export type TestSocket<N extends keyof Namespaces> = Socket<
  ServerPushes<Namespaces[N]>,
  ClientEvents<Namespaces[N]>
>;
type AnySocket<C extends Contract> = Socket<ServerPushes<C>, ClientEvents<C>>;
export type BoothSocket = TestSocket<'/booth'>;
export type OfficerSocket = TestSocket<'/officer'>;
export type AdminSocket = TestSocket<'/admin'>;
/** A booth's or a CSO's socket, as the media helpers use it. */
export type MediaTestSocket = AnySocket<MediaContract>;

/** Pushes that did not match their schema, for the test setup to fail on. */
export const invalidPushes: string[] = [];

// Each test socket's contract, by the namespace it connected to.
const contracts = new WeakMap<object, Contract>();
const contractOf = (socket: object): Contract => {
  const c = contracts.get(socket);
  if (!c) throw new Error('not a socket from connectSocket');
  return c;
};

export function connectSocket<N extends keyof Namespaces>(
  server: TestServer,
  namespace: N,
  auth: object,
): Promise<TestSocket<N>> {
  return new Promise((resolve, reject) => {
    const socket: TestSocket<N> = connect(`${server.url}${namespace}`, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      agent: server.agent as never,
    });
    contracts.set(socket, NAMESPACES[namespace]);
    const pushes = NAMESPACES[namespace].pushes as Contract['pushes'];
    (socket as Socket).onAny((event: string, payload: unknown) => {
      const schema = pushes[event];
      const checked = schema?.safeParse(payload);
      if (!schema || !checked?.success)
        invalidPushes.push(`${namespace} ${event}: ${checked?.error?.message ?? 'not in the contract'}`);
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => reject(err));
  });
}

/** One request of the socket's contract; an ok reply is checked against the event's response schema. */
export async function request<C extends Contract, E extends EventName<C>>(
  socket: AnySocket<C>,
  event: E,
  payload: RequestOf<C, E>,
): Promise<Ack<ResponseOf<C, E>>> {
  const ack = await rawRequest(socket as Socket, event, payload);
  if (ack.ok) {
    const { ok: _ok, ...body } = ack as { ok: true };
    const checked = contractOf(socket).events[event]!.response.safeParse(body);
    if (!checked.success) throw new Error(`${event} replied outside its contract: ${checked.error.message}`);
  }
  return ack as Ack<ResponseOf<C, E>>;
}

/** Like request, but fails the test with the server's message when the ack is not ok. */
export async function ok<C extends Contract, E extends EventName<C>>(
  socket: AnySocket<C>,
  event: E,
  payload: RequestOf<C, E>,
): Promise<ResponseOf<C, E>> {
  const r = await request(socket, event, payload);
  if (!r.ok) throw new Error(`${event} failed: ${r.code} ${r.message}`);
  return r;
}

/** Outside the contract on purpose: for tests that send what no client should. */
export function rawRequest(socket: Socket, event: string, payload: unknown): Promise<Ack<unknown>> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack<unknown>>;
}

/**
 * The first push of `event` that satisfies `predicate`, counting from now: what a screen waits
 * for. Fails after `timeoutMs` with the last payload seen, so a wrong push is visible.
 */
export function pushUntil<T>(
  socket: Socket,
  event: string,
  predicate: (payload: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let last: unknown = 'none';
    const listener = (payload: T) => {
      last = payload;
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} push as expected within ${timeoutMs} ms; last: ${JSON.stringify(last)}`));
    }, timeoutMs);
    socket.on(event, listener);
  });
}
