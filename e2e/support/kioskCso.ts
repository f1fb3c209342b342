import { io, type Socket } from 'socket.io-client';
import {
  caseDocuments,
  factsFromMembership,
  membershipFacts,
  OfficerEvents,
  type Ack,
  type BoothOutcome,
  type LoginResponse,
  type SlotView,
} from '@bilik/shared';
import { send } from '../../sfu-server/src/test-support/branchClient.js';
import { e2eAgent } from './branchTrust.js';

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
    const agent = await e2eAgent();
    const res = await send(`${serverUrl}/api/officer/login`, { agent, json: { username, password } });
    const body = JSON.parse(res.body) as (LoginResponse & { ok: true }) | { ok: false; code: string };
    if (!body.ok) throw new Error(`login failed: ${body.code}`);
    const socket = io(`${serverUrl}/officer`, {
      auth: { token: body.token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      agent: agent as never,
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

  /**
   * What a CSO does after checking every original on camera: verifies each document the claim
   * requires, confirms the membership data's facts, and approves. A case with failed checks or
   * unconfirmed warnings is refused by the server, and so fails the test.
   */
  async approveVerified(session: NonNullable<SlotView['session']>): Promise<BoothOutcome> {
    const facts = factsFromMembership(session.membership);
    const documents = caseDocuments(session, membershipFacts(session.membership), facts);
    for (const d of documents.filter((doc) => doc.required)) {
      await this.call(OfficerEvents.verifyDocument, {
        sessionId: session.sessionId,
        documentKind: d.kind,
        verdict: 'verified',
        reason: null,
      });
    }
    const { outcome } = await this.call<{ outcome: BoothOutcome }>(OfficerEvents.decide, {
      sessionId: session.sessionId,
      decision: 'approved',
      reason: null,
      missing: [],
      facts,
      amount: facts.jhtBalance ?? 1_000_000,
    });
    return outcome;
  }

  close(): void {
    this.socket.disconnect();
  }
}
