import { AdminEvents, AdminPush, OfficerAuth, adminContract, type AdminContract } from '@bilik/shared';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import { appendAudit, verifyAuditChain } from '../audit/auditLog.js';
import type { Officer } from '../auth/officerAccounts.js';
import { tokenHash } from '../auth/secrets.js';
import type { Branch } from '../branch.js';
import { ServiceError } from '../errors.js';
import { branchReport } from '../store/reports.js';
import { serverInfo, type TlsView } from './serverInfo.js';
import { SocketHandlers, type ContractNamespace } from './handle.js';
import { signedOutRoom } from './signOut.js';

/** Supervisors watch the board; admins (branch IT) the booth list. */
export const BOARD_ROOM = 'board';
export const ADMINS_ROOM = 'admins';

/** The /admin namespace: supervisors (board, reports) and branch IT (booths, accounts, audit). */
export function attachAdminNamespace(
  nsp: ContractNamespace<AdminContract>,
  branch: Branch,
  tls: TlsView,
  logger: Logger,
): void {
  nsp.use((socket, next) => {
    const auth = OfficerAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('UNAUTHENTICATED'));
    const officer = branch.officers.byToken(auth.data.token);
    if (!officer) return next(new Error('UNAUTHENTICATED'));
    if (officer.role === 'cso') return next(new Error('FORBIDDEN'));
    socket.data.officer = officer;
    socket.data.tokenHash = tokenHash(auth.data.token);
    next();
  });

  nsp.on('connection', (socket: Socket) => {
    const officer = socket.data.officer as Officer;
    for (const room of signedOutRoom(officer.id, socket.data.tokenHash as string)) void socket.join(room);
    const handlers = SocketHandlers.attach(
      socket,
      adminContract,
      logger.child({ ns: 'admin', officerId: officer.id }),
    );
    const actor = `officer:${officer.id}`;
    const only = (role: Officer['role']) => {
      if (officer.role !== role) throw new ServiceError('FORBIDDEN', `${role}s only`);
    };

    handlers.on(AdminEvents.getBoard, () => {
      only('supervisor');
      return { board: branch.board.view() };
    });
    // Aggregates without personal data: the branch head (supervisor) and branch IT both read it.
    handlers.on(AdminEvents.report, ({ from, to, claimType }) => ({
      report: branchReport(branch.db, from, to, claimType),
    }));
    handlers.on(AdminEvents.issueEnrollmentCode, ({ boothName }) => {
      only('admin');
      return branch.enrollment.issueCode(boothName, actor);
    });
    handlers.on(AdminEvents.listBooths, () => {
      only('admin');
      return { booths: branch.fleet.list() };
    });
    handlers.on(AdminEvents.revokeBooth, async ({ boothId }) => {
      only('admin');
      await branch.fleet.revoke(officer, boothId);
      return {};
    });
    handlers.on(AdminEvents.listOfficers, () => {
      only('admin');
      return { officers: branch.accounts.list() };
    });
    handlers.on(AdminEvents.createOfficer, async (input) => {
      only('admin');
      const created = await branch.officers.create(input, actor, { mustChange: true });
      return { officerId: created.id };
    });
    handlers.on(AdminEvents.setOfficerDisabled, ({ officerId, disabled }) => {
      only('admin');
      branch.accounts.setDisabled(officer, officerId, disabled);
      return {};
    });
    handlers.on(AdminEvents.resetOfficerPassword, async ({ officerId, password }) => {
      only('admin');
      await branch.accounts.resetPassword(officer, officerId, password);
      return {};
    });
    handlers.on(AdminEvents.verifyAudit, () => {
      only('admin');
      const audit = verifyAuditChain(branch.db);
      // Recorded after the walk, so the check itself is on the chain the next check verifies.
      appendAudit(branch.db, { actor, action: 'audit.verified', subject: null, details: audit });
      return { audit };
    });
    handlers.on(AdminEvents.serverInfo, () => {
      only('admin');
      return { server: serverInfo(tls()) };
    });

    if (officer.role === 'supervisor') {
      void socket.join(BOARD_ROOM);
      socket.emit(AdminPush.board, branch.board.view());
    } else {
      void socket.join(ADMINS_ROOM);
      socket.emit(AdminPush.booths, { booths: branch.fleet.list() });
    }
  });
}

/**
 * Pushes the board to supervisors and the booth list to admins when the branch changes. A burst
 * of events (a seat is a deskChanged, a sessionChanged and a queueChanged) becomes one push.
 */
export function pushToAdmins(
  nsp: ContractNamespace<AdminContract>,
  branch: Branch,
  logger: Logger,
): () => void {
  const timers = new Set<NodeJS.Timeout>();
  const coalesce = (room: string, push: () => void) => {
    let timer: NodeJS.Timeout | null = null;
    return () => {
      if (timer || !nsp.adapter.rooms.get(room)?.size) return;
      timer = setTimeout(() => {
        timers.delete(timer!);
        timer = null;
        try {
          push();
        } catch (err) {
          logger.error({ err, room }, 'admin push failed');
        }
      }, 50);
      timers.add(timer);
    };
  };
  const board = coalesce(BOARD_ROOM, () => nsp.to(BOARD_ROOM).emit(AdminPush.board, branch.board.view()));
  const booths = coalesce(ADMINS_ROOM, () =>
    nsp.to(ADMINS_ROOM).emit(AdminPush.booths, { booths: branch.fleet.list() }),
  );
  const boardEvents = ['deskChanged', 'sessionChanged', 'queueChanged', 'helpCalled', 'outcome'] as const;
  for (const e of boardEvents) branch.events.on(e, board);
  // A booth going offline changes its queue entry too.
  branch.events.on('boothsChanged', board);
  branch.events.on('boothsChanged', booths);
  // Of a desk's fast signals (speaking, network score, connection) the board shows only who is
  // reconnecting: rebuilt when that set changes, not on every word a booth says.
  let reconnecting = '';
  const signals = () => {
    const now = [...branch.desks.signals.entries()]
      .filter(([, s]) => s.reconnecting)
      .map(([id]) => id)
      .sort()
      .join();
    if (now === reconnecting) return;
    reconnecting = now;
    board();
  };
  branch.events.on('signalsChanged', signals);
  return () => {
    for (const t of timers) clearTimeout(t);
    for (const e of boardEvents) branch.events.off(e, board);
    branch.events.off('boothsChanged', board);
    branch.events.off('boothsChanged', booths);
    branch.events.off('signalsChanged', signals);
  };
}
