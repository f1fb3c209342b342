import {
  BoothEvents,
  BoothPush,
  OfficerEvents,
  OfficerPush,
  type Ack,
  type BoothSessionView,
  type DeskView,
} from '@bilik/shared';
import type { Socket } from 'socket.io-client';
import { enrolledBooth, loggedInOfficer, openDesk } from './actors.js';
import { MediaClient } from './mediaClient.js';
import { request, type TestServer } from './testServer.js';

export type DeskName = 'A' | 'B';

/** What a CSO or a participant can do that touches the floor; targets are resolved when sent. */
export type FloorCommand =
  | { type: 'focus'; desk: DeskName; slot: number | null }
  | { type: 'handOff'; desk: DeskName; slot: number }
  | { type: 'join'; booth: number }
  | { type: 'finish'; booth: number }
  | { type: 'resume'; who: DeskName | number }
  | { type: 'reproduce'; booth: number; source: 'mic' | 'document' };

export type FocusAck = { desk: DeskName; target: string | null; ack: Ack<{ desk: DeskView }> };

type DeskActor = { socket: Socket; media: MediaClient; deskId: string; view: DeskView | null };
type BoothActor = {
  socket: Socket;
  media: MediaClient;
  view: BoothSessionView | null;
  mediaKey: string | null;
};

/**
 * Two 4-slot desks (A and B) and a pool of booths on a real server, driven by commands
 * as their clients would send them: a test fires commands one by one or in bursts without waiting,
 * then waits until every client is idle before it checks the floor.
 */
export class FloorWorld {
  readonly failures: string[] = [];

  private constructor(
    readonly server: TestServer,
    readonly desks: Record<DeskName, DeskActor>,
    readonly booths: BoothActor[],
  ) {}

  static async create(server: TestServer, boothCount: number): Promise<FloorWorld> {
    const desk = async (username: 'cso1' | 'cso2'): Promise<DeskActor> => {
      const { socket } = await loggedInOfficer(server, username);
      const actor: DeskActor = {
        socket,
        media: new MediaClient(socket, ['mic', 'camera']),
        deskId: '',
        view: null,
      };
      const opened = await openDesk(socket, 4);
      actor.deskId = opened.deskId;
      let epoch = opened.mediaEpoch;
      socket.on(OfficerPush.desk, (view: DeskView | null) => {
        actor.view = view;
        // As the station does: a rebuilt router (new epoch) means setting up media again.
        if (view && view.mediaEpoch !== epoch) {
          epoch = view.mediaEpoch;
          actor.media.start();
        }
      });
      actor.media.start();
      return actor;
    };
    const desks = { A: await desk('cso1'), B: await desk('cso2') };
    const booths: BoothActor[] = [];
    for (let i = 0; i < boothCount; i++) {
      const { socket } = await enrolledBooth(server, `Bilik ${i + 1}`);
      const actor: BoothActor = {
        socket,
        media: new MediaClient(socket, ['mic', 'camera', 'document']),
        view: null,
        mediaKey: null,
      };
      // As the kiosk does: media follows the desk (and its epoch) the booth is seated at.
      socket.on(BoothPush.state, (view: BoothSessionView | null) => {
        actor.view = view;
        const key = view?.deskId && view.consentGiven ? `${view.deskId}:${view.mediaEpoch}` : null;
        if (key === actor.mediaKey) return;
        actor.mediaKey = key;
        if (key) actor.media.start();
        else actor.media.stop();
      });
      booths.push(actor);
    }
    return new FloorWorld(server, desks, booths);
  }

  /** Sends one command; resolves with its focus ack when it was a focus. */
  async send(command: FloorCommand): Promise<FocusAck | null> {
    switch (command.type) {
      case 'focus': {
        const desk = this.desks[command.desk];
        const target = command.slot === null ? null : this.sessionInSlot(command.desk, command.slot);
        const ack = await this.call<{ desk: DeskView }>(desk.socket, OfficerEvents.focus, {
          sessionId: target,
        });
        return { desk: command.desk, target, ack };
      }
      case 'handOff': {
        const from = this.desks[command.desk];
        const to = this.desks[command.desk === 'A' ? 'B' : 'A'];
        const sessionId = this.sessionInSlot(command.desk, command.slot);
        await this.call(from.socket, OfficerEvents.handOff, { sessionId, toDeskId: to.deskId });
        return null;
      }
      case 'join': {
        const booth = this.booths[command.booth]!;
        this.leaveMedia(booth);
        const n = String(command.booth + 1).padStart(4, '0');
        // Each booth its own participant: a valid NIK (born 1 Jan 1990, Jakarta Pusat) and KPJ.
        const checkIn = { method: 'nikKpj', nik: `317305010190${n}`, kpj: `9000000${n}` };
        if (!(await this.call(booth.socket, BoothEvents.checkIn, checkIn)).ok) return null;
        if (!(await this.call(booth.socket, BoothEvents.consent, { accepted: true })).ok) return null;
        await this.call(booth.socket, BoothEvents.chooseClaim, {
          claimType: 'JHT',
          reason: 'resignation',
          priorityNeed: null,
        });
        return null;
      }
      case 'finish': {
        const booth = this.booths[command.booth]!;
        this.leaveMedia(booth);
        await this.call(booth.socket, BoothEvents.finish, {});
        return null;
      }
      case 'resume':
        await (
          typeof command.who === 'number' ? this.booths[command.who]! : this.desks[command.who]
        ).media.resumeEverything();
        return null;
      case 'reproduce':
        await this.booths[command.booth]!.media.reproduce(command.source);
        return null;
    }
  }

  /** A new or finished visit starts without media, as the kiosk's screen does after "Selesai". */
  private leaveMedia(booth: BoothActor): void {
    booth.mediaKey = null;
    booth.media.stop();
  }

  /** The session a CSO would click on in that slot; a stale or made-up one when the slot is empty. */
  private sessionInSlot(desk: DeskName, slot: number): string {
    return (
      this.desks[desk].view?.slots[slot]?.session?.sessionId ??
      this.booths[slot]?.view?.sessionId ??
      'no-such-session'
    );
  }

  private async call<T extends object>(socket: Socket, event: string, payload: unknown): Promise<Ack<T>> {
    const r = (await request(socket, event, payload)) as Ack<T>;
    // Refusals (FORBIDDEN, CONFLICT, NOT_FOUND, NO_FREE_SLOT) are answers to racing requests; these are not.
    if (!r.ok && ['INTERNAL', 'MEDIA_ERROR', 'BAD_REQUEST'].includes(r.code))
      this.failures.push(`${event} ${JSON.stringify(payload)}: ${r.code} ${r.message}`);
    return r;
  }

  private get actors(): { socket: Socket; media: MediaClient; ping: string }[] {
    return [
      ...Object.values(this.desks).map((d) => ({ ...d, ping: OfficerEvents.listDesks })),
      ...this.booths.map((b) => ({ ...b, ping: BoothEvents.getState })),
    ];
  }

  /**
   * Waits until no client has work in flight and every push the server sent has arrived: a round
   * trip on each socket after its pushes (socket.io keeps one socket's messages in order).
   */
  async settle(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      await Promise.all(this.actors.map((a) => a.media.idle()));
      await Promise.all(this.actors.map((a) => request(a.socket, a.ping, {})));
      if (await this.quiet()) return;
    }
    throw new Error('clients never settled');
  }

  private async quiet(): Promise<boolean> {
    await Promise.resolve();
    return this.actors.every((a) => a.media.idleNow());
  }

  mediaFailures(): string[] {
    return this.actors.flatMap((a) => a.media.failures);
  }

  /** Every booth leaves, so the next schedule starts from empty desks. */
  async reset(): Promise<void> {
    await Promise.all(this.booths.map((_, booth) => this.send({ type: 'finish', booth })));
    await this.settle();
  }

  auditHighWater(): number {
    return (this.server.branch.db.prepare('SELECT MAX(id) AS id FROM audit_log').get() as { id: number }).id;
  }
}
