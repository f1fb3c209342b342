import { io, type Socket } from 'socket.io-client';
import type { Ack, LoginResponse } from '@bilik/shared';

/**
 * The CSO side of a kiosk test, driven with plain socket.io events (the officer station UI is
 * tested on its own): logs in over HTTP, connects to /officer and sends acked requests.
 */
export class CsoClient {
  private constructor(
    readonly socket: Socket,
    readonly officer: LoginResponse['officer'],
  ) {}

  static async login(serverUrl: string, username: string, password: string): Promise<CsoClient> {
    const res = await fetch(`${serverUrl}/api/officer/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await res.json()) as (LoginResponse & { ok: true }) | { ok: false; code: string };
    if (!body.ok) throw new Error(`login failed: ${body.code}`);
    const socket = io(`${serverUrl}/officer`, {
      auth: { token: body.token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return new CsoClient(socket, body.officer);
  }

  /** Sends one event; a refused ack fails the test with the server's code and message. */
  async call<T extends object = object>(event: string, payload: unknown): Promise<T> {
    const ack = (await this.socket.timeout(10_000).emitWithAck(event, payload)) as Ack<T>;
    if (!ack.ok) throw new Error(`${event} refused: ${ack.code} ${ack.message}`);
    return ack;
  }

  close(): void {
    this.socket.disconnect();
  }
}
