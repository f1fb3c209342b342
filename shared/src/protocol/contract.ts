import type { z } from 'zod';
import type { Ack } from './errors.js';

// One contract per socket.io namespace: each client event maps to the schema of its request and
// of its reply, each server push to the schema of its payload. Both ends are typed from it (the
// server's handlers, the clients' requests and listeners), and tests validate what travels.

export type EventSpec = {
  request: z.ZodType;
  /** The reply's body: `{ ok: true }` is added around it. */
  response: z.ZodType;
  /** The request carries binary (a capture): exempt from the JSON size bound. */
  binary?: true;
};

export type Contract = {
  events: Record<string, EventSpec>;
  pushes: Record<string, z.ZodType>;
};

export type EventName<C extends Contract> = keyof C['events'] & string;
export type PushName<C extends Contract> = keyof C['pushes'] & string;

/** What a client sends: the request schema's input (defaults may be left out). */
export type RequestOf<C extends Contract, E extends EventName<C>> = z.input<C['events'][E]['request']>;
/** What a handler receives once the request is parsed. */
export type ParsedRequestOf<C extends Contract, E extends EventName<C>> = z.output<C['events'][E]['request']>;
export type ResponseOf<C extends Contract, E extends EventName<C>> = z.infer<C['events'][E]['response']>;
export type PushOf<C extends Contract, P extends PushName<C>> = z.infer<C['pushes'][P]>;

/** socket.io's map of events a client emits (with an ack), derived from the contract. */
export type ClientEvents<C extends Contract> = {
  [E in EventName<C>]: (payload: RequestOf<C, E>, ack: (reply: Ack<ResponseOf<C, E>>) => void) => void;
};

/** socket.io's map of events the server pushes, derived from the contract. */
export type ServerPushes<C extends Contract> = {
  [P in PushName<C>]: (payload: PushOf<C, P>) => void;
};

/** Declares a contract, checking its shape while keeping every literal key and schema type. */
export function contract<const C extends Contract>(c: C): C {
  return c;
}
