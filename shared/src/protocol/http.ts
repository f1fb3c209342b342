import { z } from 'zod';
import { CLAIM_TYPES } from '../domain/claims.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../domain/passwords.js';

// The two requests made before a socket exists: they hand out the token the socket then presents.
export const LoginRequest = z
  .object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) })
  .strict();
export type LoginResponse = {
  token: string;
  officer: { username: string; displayName: string; staffId: string; role: 'cso' | 'supervisor' | 'admin' };
};

export const EnrollRequest = z.object({ code: z.string().min(6).max(32) }).strict();
export type EnrollResponse = { deviceToken: string; boothId: string; boothName: string };

/** socket.io handshake `auth` payloads. */
export const BoothAuth = z.object({ deviceToken: z.string().min(16).max(128) }).strict();
export const OfficerAuth = z.object({ token: z.string().min(16).max(128) }).strict();

const Username = z.string().regex(/^[a-z0-9._-]{3,32}$/);
export const OfficerUsername = Username;

/** A new password: its length here, the rest of the rule (not the username) in domain/passwords.ts. */
export const NewPassword = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

/** An account that must choose a new password (first login, after a reset) does so here, then is signed in. */
export const ChangePasswordRequest = z
  .object({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(200),
    newPassword: NewPassword,
  })
  .strict();

/** GET /api/setup: whether this branch still has no account at all (first run). */
export type SetupStatus = { needed: boolean };

/** POST /api/setup: the first admin, with the one-time token the server printed at start. */
export const SetupRequest = z
  .object({
    token: z.string().min(8).max(64),
    username: Username,
    displayName: z.string().trim().min(1).max(80),
    staffId: z.string().trim().min(1).max(32),
    password: NewPassword,
  })
  .strict();
export type SetupRequest = z.infer<typeof SetupRequest>;

/** Query of GET /api/reports/claims.pdf (the token travels in the Authorization header). */
export const ReportPdfQuery = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    claimType: z.enum(CLAIM_TYPES).optional(),
    lang: z.enum(['id', 'en']).default('id'),
  })
  .strict();
