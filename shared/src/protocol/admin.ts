import { z } from 'zod';
import { Id, Role } from './common.js';
import { contract } from './contract.js';
import { BoardView } from './board.js';
import { BoothStatusView, OfficerAccountView, ServerInfo } from './branchIt.js';
import { NewPassword, OfficerUsername } from './http.js';
import { BranchReport, ReportRequest } from './reports.js';

export const AdminEvents = {
  getBoard: 'admin:getBoard',
  report: 'admin:report',
  issueEnrollmentCode: 'admin:issueEnrollmentCode',
  listBooths: 'admin:listBooths',
  revokeBooth: 'admin:revokeBooth',
  listOfficers: 'admin:listOfficers',
  createOfficer: 'admin:createOfficer',
  setOfficerDisabled: 'admin:setOfficerDisabled',
  resetOfficerPassword: 'admin:resetOfficerPassword',
  verifyAudit: 'admin:verifyAudit',
  serverInfo: 'admin:serverInfo',
} as const;

export const AdminPush = {
  /** To supervisors: the live board, after every change to desks, sessions, the queue or calls. */
  board: 'admin:board',
  /** To admins: the booth list, after enrollments, revocations, connections and heartbeats. */
  booths: 'admin:booths',
} as const;

export const AuditVerification = z.object({
  ok: z.boolean(),
  rows: z.number().int().nonnegative(),
  firstBadRowId: z.number().int().positive().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

const Empty = z.object({}).strict();
const Booths = z.object({ booths: z.array(BoothStatusView) });

/** The /admin namespace: supervisors (board, reports) and branch IT (booths, accounts, audit). */
export const adminContract = contract({
  events: {
    [AdminEvents.getBoard]: { request: Empty, response: z.object({ board: BoardView }) },
    [AdminEvents.report]: { request: ReportRequest, response: z.object({ report: BranchReport }) },
    [AdminEvents.issueEnrollmentCode]: {
      request: z.object({ boothName: z.string().trim().min(1).max(60) }).strict(),
      response: z.object({ code: z.string(), boothId: Id, expiresAt: z.iso.datetime() }),
    },
    [AdminEvents.listBooths]: { request: Empty, response: Booths },
    /** The booth's device token stops working at once; its socket is closed, its visit ended. */
    [AdminEvents.revokeBooth]: { request: z.object({ boothId: Id }).strict(), response: Empty },
    [AdminEvents.listOfficers]: {
      request: Empty,
      response: z.object({ officers: z.array(OfficerAccountView) }),
    },
    /** The account must choose its own password at first login. */
    [AdminEvents.createOfficer]: {
      request: z
        .object({
          username: OfficerUsername,
          displayName: z.string().trim().min(1).max(80),
          staffId: z.string().trim().min(1).max(32),
          password: NewPassword,
          role: Role,
        })
        .strict(),
      response: z.object({ officerId: Id }),
    },
    /** Disabling signs the officer out everywhere at once. */
    [AdminEvents.setOfficerDisabled]: {
      request: z.object({ officerId: Id, disabled: z.boolean() }).strict(),
      response: Empty,
    },
    /** A temporary password: signed out everywhere, unlocked, and asked for a new one at next login. */
    [AdminEvents.resetOfficerPassword]: {
      request: z.object({ officerId: Id, password: NewPassword }).strict(),
      response: Empty,
    },
    [AdminEvents.verifyAudit]: { request: Empty, response: z.object({ audit: AuditVerification }) },
    [AdminEvents.serverInfo]: { request: Empty, response: z.object({ server: ServerInfo }) },
  },
  pushes: {
    [AdminPush.board]: BoardView,
    [AdminPush.booths]: Booths,
  },
});
export type AdminContract = typeof adminContract;
