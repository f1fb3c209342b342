import { AdminEvents, OfficerAuth, adminContract, type AdminContract } from '@bilik/shared';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import { verifyAuditChain } from '../audit/auditLog.js';
import type { Officer } from '../auth/officerAccounts.js';
import type { Branch } from '../branch.js';
import { ServiceError } from '../errors.js';
import { claimReport } from '../store/reports.js';
import { SocketHandlers, type ContractNamespace } from './handle.js';

/** The /admin namespace: branch IT (admin) and supervisors. */
export function attachAdminNamespace(
  nsp: ContractNamespace<AdminContract>,
  branch: Branch,
  logger: Logger,
): void {
  nsp.use((socket, next) => {
    const auth = OfficerAuth.safeParse(socket.handshake.auth);
    const officer = auth.success ? branch.officers.byToken(auth.data.token) : null;
    if (!officer) return next(new Error('UNAUTHENTICATED'));
    if (officer.role === 'cso') return next(new Error('FORBIDDEN'));
    socket.data.officer = officer;
    next();
  });

  nsp.on('connection', (socket: Socket) => {
    const officer = socket.data.officer as Officer;
    const handlers = SocketHandlers.attach(
      socket,
      adminContract,
      logger.child({ ns: 'admin', officerId: officer.id }),
    );
    const adminOnly = () => {
      if (officer.role !== 'admin') throw new ServiceError('FORBIDDEN', 'admins only');
    };

    handlers.on(AdminEvents.issueEnrollmentCode, ({ boothName }) => {
      adminOnly();
      return branch.enrollment.issueCode(boothName, `officer:${officer.id}`);
    });
    handlers.on(AdminEvents.createOfficer, async (input) => {
      adminOnly();
      try {
        const created = await branch.officers.create(input, `officer:${officer.id}`);
        return { officerId: created.id };
      } catch (err) {
        if (err instanceof Error && /UNIQUE/.test(err.message))
          throw new ServiceError('CONFLICT', 'username already exists');
        throw err;
      }
    });
    handlers.on(AdminEvents.verifyAudit, () => ({
      audit: verifyAuditChain(branch.db),
    }));
    handlers.on(AdminEvents.claimReport, ({ from, to }) => ({
      rows: claimReport(branch.db, from, to),
    }));
  });
}
