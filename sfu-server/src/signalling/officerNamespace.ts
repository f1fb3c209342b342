import {
  CaptureMimeType,
  MediaPush,
  OfficerAuth,
  OfficerEvents,
  OfficerPush,
  officerContract,
  PresenceEvents,
  type DeskSummary,
  type OfficerContract,
} from '@bilik/shared';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import type { Officer } from '../auth/officerAccounts.js';
import type { Branch } from '../branch.js';
import type { Desk } from '../desks/desk.js';
import { ServiceError } from '../errors.js';
import { SocketHandlers, type ContractNamespace } from './handle.js';
import { registerMediaHandlers } from './mediaHandlers.js';
import { officerRoom, signedOutRoom } from './signOut.js';
import { tokenHash } from '../auth/secrets.js';

/** The /officer namespace: CSOs (and supervisors) running a desk, authenticated by session token. */
export function attachOfficerNamespace(
  nsp: ContractNamespace<OfficerContract>,
  branch: Branch,
  logger: Logger,
): void {
  nsp.use((socket, next) => {
    const auth = OfficerAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('UNAUTHENTICATED'));
    const officer = branch.officers.byToken(auth.data.token);
    if (!officer) return next(new Error('UNAUTHENTICATED'));
    socket.data.officer = officer;
    socket.data.tokenHash = tokenHash(auth.data.token);
    next();
  });

  nsp.on('connection', (socket: Socket) => {
    const officer = socket.data.officer as Officer;
    const log = logger.child({ ns: 'officer', officerId: officer.id });
    for (const room of signedOutRoom(officer.id, socket.data.tokenHash as string)) void socket.join(room);
    const handlers = SocketHandlers.attach(socket, officerContract, log);
    const myDesk = (): Desk => {
      const desk = branch.desks.ofOfficer(officer.id);
      if (!desk) throw new ServiceError('CONFLICT', 'open a desk first');
      return desk;
    };

    handlers.on(OfficerEvents.openDesk, async ({ slots }) => {
      if (officer.role === 'admin') throw new ServiceError('FORBIDDEN', 'admins do not serve booths');
      const desk = await branch.desks.open(officer, slots);
      return { desk: branch.views.desk(desk.serialize()) };
    });
    handlers.on(OfficerEvents.closeDesk, async () => {
      await branch.desks.close(myDesk());
      return {};
    });
    handlers.on(OfficerEvents.focus, async ({ sessionId }) => {
      const started = performance.now();
      // The view of the desk as this request left it: acks report the focus each one put in force.
      const after = await branch.desks.focus(myDesk(), sessionId);
      return { desk: branch.views.desk(after.desk, after.revision), serverMs: performance.now() - started };
    });
    handlers.on(OfficerEvents.request, ({ sessionId, kind, documentKind }) => {
      branch.review.assertAtDesk(myDesk(), sessionId);
      branch.events.emit('boothRequest', sessionId, { kind, documentKind, at: new Date().toISOString() });
      return {};
    });
    handlers.on(OfficerEvents.verifyDocument, (v) => {
      branch.review.verifyDocument(myDesk(), officer, v);
      return {};
    });
    handlers.on(OfficerEvents.note, ({ sessionId, text }) => {
      branch.review.note(myDesk(), officer, sessionId, text);
      return {};
    });
    handlers.on(OfficerEvents.decide, (d) => ({
      outcome: branch.review.decide(myDesk(), officer, d),
    }));
    handlers.on(OfficerEvents.handOff, async ({ sessionId, toDeskId }) => {
      await branch.desks.handOff(myDesk(), sessionId, toDeskId);
      return {};
    });
    handlers.on(PresenceEvents.endSession, async ({ sessionId }) => {
      await branch.presence.endAtDesk(myDesk(), officer, sessionId);
      return {};
    });
    handlers.on(PresenceEvents.acknowledgeHelp, ({ helpCallId }) => {
      branch.helpCalls.acknowledge(myDesk(), officer, helpCallId);
      return {};
    });
    handlers.on(OfficerEvents.listDesks, () => {
      const desks: DeskSummary[] = branch.desks.all().map((d) => ({
        deskId: d.id,
        officerName: branch.officers.byId(d.officerId)?.displayName ?? '?',
        slots: d.identity.slotCount,
        occupied: d.occupied,
      }));
      return { desks };
    });
    handlers.on(OfficerEvents.getCapture, ({ captureId }) => {
      const capture = branch.store.cases.capture(captureId);
      if (!capture) throw new ServiceError('NOT_FOUND', 'no such capture');
      branch.review.assertAtDesk(myDesk(), capture.session_id);
      // Stored only after its request passed CaptureMimeType, so it is one of those.
      return {
        mimeType: CaptureMimeType.parse(capture.mime_type),
        data: branch.captures.read(capture.file_name),
      };
    });
    handlers.on(OfficerEvents.uploadCapture, ({ sessionId, documentKind, mimeType, data }) => {
      branch.review.assertAtDesk(myDesk(), sessionId);
      return {
        captureId: branch.sessions.storeCapture(
          sessionId,
          `officer:${officer.id}`,
          documentKind,
          mimeType,
          data,
        ),
      };
    });

    registerMediaHandlers(handlers, () => {
      const desk = branch.desks.ofOfficer(officer.id);
      return desk ? { desk, key: 'cso' } : null;
    });

    const desk = branch.desks.ofOfficer(officer.id);
    socket.emit(OfficerPush.desk, desk ? branch.views.desk(desk.serialize()) : null);
    socket.on('disconnect', (reason) => log.info({ reason }, 'officer disconnected'));
  });
}

export function pushToOfficers(nsp: ContractNamespace<OfficerContract>, branch: Branch): void {
  const sendDesk = (deskId: string) => {
    const desk = branch.desks.get(deskId);
    if (desk) nsp.to(officerRoom(desk.officerId)).emit(OfficerPush.desk, branch.views.desk(desk.serialize()));
  };
  branch.events.on('deskChanged', sendDesk);
  branch.events.on('signalsChanged', (deskId) => {
    const desk = branch.desks.get(deskId);
    if (!desk) return;
    const signals = desk.slots
      .filter((s): s is string => s !== null)
      .map((sessionId) => {
        const s = branch.desks.signalsOf(sessionId);
        return { sessionId, speaking: s.speaking, networkScore: s.score, reconnecting: s.reconnecting };
      });
    nsp.to(officerRoom(desk.officerId)).emit(OfficerPush.signals, { deskId, signals });
  });
  branch.events.on('queueChanged', () => branch.desks.all().forEach((d) => sendDesk(d.id)));
  branch.events.on('sessionChanged', (sessionId) => {
    const deskId = branch.store.sessions.get(sessionId)?.desk_id;
    if (deskId) sendDesk(deskId);
  });
  branch.events.on('helpCalled', (call, deskId) => {
    const targets = deskId ? [branch.desks.get(deskId)] : branch.desks.all();
    for (const d of targets) if (d) nsp.to(officerRoom(d.officerId)).emit(OfficerPush.helpCalled, call);
  });
  const csoOf = (deskId: string, to: string) => {
    const desk = branch.desks.get(deskId);
    return desk && to === 'cso' ? nsp.to(officerRoom(desk.officerId)) : null;
  };
  branch.events.on('producerAvailable', (deskId, to, p) =>
    csoOf(deskId, to)?.emit(MediaPush.producerAvailable, p),
  );
  branch.events.on('consumerClosed', (deskId, to, consumerId) =>
    csoOf(deskId, to)?.emit(MediaPush.consumerClosed, { consumerId }),
  );
}
