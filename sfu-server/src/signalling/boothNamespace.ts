import {
  BoothAuth,
  BoothEvents,
  BoothPush,
  boothContract,
  MediaPush,
  PresenceEvents,
  type BoothContract,
} from '@bilik/shared';
import type { Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { Booth } from '../auth/boothEnrollment.js';
import { boothKey, type PeerKey } from '../desks/deskRoom.js';
import { ServiceError } from '../errors.js';
import type { Branch } from '../branch.js';
import { SocketHandlers, type ContractNamespace } from './handle.js';
import { registerMediaHandlers } from './mediaHandlers.js';

export const boothRoom = (boothId: string) => `booth:${boothId}`;

/** The /booth namespace: one socket per enrolled booth PC, authenticated by its device token. */
export function attachBoothNamespace(
  nsp: ContractNamespace<BoothContract>,
  branch: Branch,
  logger: Logger,
): void {
  nsp.use((socket, next) => {
    const auth = BoothAuth.safeParse(socket.handshake.auth);
    const booth = auth.success ? branch.enrollment.byDeviceToken(auth.data.deviceToken) : null;
    if (!booth) return next(new Error('UNAUTHENTICATED'));
    socket.data.booth = booth;
    next();
  });

  nsp.on('connection', (socket: Socket) => {
    const booth = socket.data.booth as Booth;
    const log = logger.child({ ns: 'booth', boothId: booth.id });
    void socket.join(boothRoom(booth.id));
    const handlers = SocketHandlers.attach(socket, boothContract, log);
    const current = () => branch.store.sessions.openForBooth(booth.id);
    const view = () => {
      const s = current();
      return s ? branch.views.boothOf(s) : null;
    };

    handlers.on(BoothEvents.checkIn, async (payload) => {
      const s = await branch.sessions.checkIn(booth, payload);
      return { session: branch.views.boothOf(s) };
    });
    handlers.on(BoothEvents.consent, async ({ accepted }) => {
      const s = await branch.sessions.consent(booth, accepted);
      return { session: branch.views.boothOf(s) };
    });
    handlers.on(BoothEvents.chooseClaim, async (claim) => {
      const s = await branch.sessions.chooseClaim(booth, claim);
      return { session: branch.views.boothOf(s) };
    });
    handlers.on(BoothEvents.uploadCapture, ({ documentKind, mimeType, data }) => {
      const s = branch.sessions.openSession(booth);
      return {
        captureId: branch.sessions.storeCapture(s.id, `booth:${booth.id}`, documentKind, mimeType, data),
      };
    });
    handlers.on(BoothEvents.callHelp, () => {
      branch.helpCalls.call(booth);
      return {};
    });
    handlers.on(PresenceEvents.setPresence, ({ present }) => ({
      absentSince: branch.presence.set(booth, present),
    }));
    handlers.on(BoothEvents.getState, () => ({ session: view() }));
    handlers.on(BoothEvents.heartbeat, (report) => {
      branch.fleet.heartbeat(booth, report);
      return {};
    });
    handlers.on(BoothEvents.finish, async () => {
      await branch.sessions.finish(booth);
      return {};
    });

    registerMediaHandlers(handlers, () => {
      const s = current();
      const desk = s?.desk_id ? branch.desks.get(s.desk_id) : undefined;
      if (!s || !desk) return null;
      if (!s.consent_at) throw new ServiceError('CONFLICT', 'no consent to video yet');
      return { desk, key: boothKey(s.id) };
    });

    // A reconnecting booth (reload, server restart) resumes where its session stands.
    socket.emit(BoothPush.state, view());
    branch.links.connected(booth.id);
    socket.on('disconnect', (reason) => {
      log.info({ reason }, 'booth disconnected');
      branch.links.disconnected(booth.id);
    });
  });
}

/** Pushes to booth screens whatever the branch changed. */
export function pushToBooths(nsp: ContractNamespace<BoothContract>, branch: Branch): void {
  const sendState = (sessionId: string) => {
    const s = branch.store.sessions.get(sessionId);
    if (s) nsp.to(boothRoom(s.booth_id)).emit(BoothPush.state, branch.views.booth(sessionId));
  };
  branch.events.on('sessionChanged', sendState);
  // When the line moves, a queued booth hears only its new place, and only if it moved: the cost
  // of a change does not grow with the length of the queue (one ordering, a few small pushes).
  const lastPlace = new Map<string, string>();
  branch.events.on('queueChanged', () => {
    const { positions } = branch.views.queue();
    for (const sessionId of lastPlace.keys()) if (!positions.has(sessionId)) lastPlace.delete(sessionId);
    for (const [sessionId, queuePosition] of positions) {
      const etaMinutes = branch.views.etaMinutes(queuePosition);
      const place = `${queuePosition}:${etaMinutes}`;
      if (lastPlace.get(sessionId) === place) continue;
      lastPlace.set(sessionId, place);
      const s = branch.store.sessions.get(sessionId);
      if (s)
        nsp.to(boothRoom(s.booth_id)).emit(BoothPush.queue, {
          revision: branch.events.revision,
          sessionId,
          queuePosition,
          etaMinutes,
        });
    }
  });
  branch.events.on('boothRequest', (sessionId, request) => {
    const s = branch.store.sessions.get(sessionId);
    if (s) nsp.to(boothRoom(s.booth_id)).emit(BoothPush.request, request);
  });
  branch.events.on('outcome', (sessionId, outcome) => {
    const s = branch.store.sessions.get(sessionId);
    if (s) nsp.to(boothRoom(s.booth_id)).emit(BoothPush.outcome, outcome);
  });
  // Media announcements go to the booth only while it still sits at the desk they come from.
  const boothAt = (deskId: string, to: PeerKey) => {
    if (to === 'cso') return null;
    const s = branch.store.sessions.get(to.slice('booth:'.length));
    return s && s.desk_id === deskId ? nsp.to(boothRoom(s.booth_id)) : null;
  };
  branch.events.on('producerAvailable', (deskId, to, p) =>
    boothAt(deskId, to)?.emit(MediaPush.producerAvailable, p),
  );
  branch.events.on('consumerClosed', (deskId, to, consumerId) =>
    boothAt(deskId, to)?.emit(MediaPush.consumerClosed, { consumerId }),
  );
}
