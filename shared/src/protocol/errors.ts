// Stable error codes carried by every failed ack. Clients translate them (i18n key `error.<code>`);
// they never show server text to a participant.
export const ERROR_CODES = [
  'BAD_REQUEST', // payload failed its schema
  'PAYLOAD_TOO_LARGE',
  'UNKNOWN_EVENT',
  'UNAUTHENTICATED',
  'FORBIDDEN', // authenticated, but not allowed to act on this booth/desk/producer
  'NOT_FOUND',
  'CONFLICT', // valid request that does not fit the current state
  'INVALID_CREDENTIALS',
  'LOCKED_OUT',
  'PASSWORD_CHANGE_REQUIRED', // right password, but the account must choose a new one first
  'WEAK_PASSWORD', // a new password that breaks the branch's rule (domain/passwords.ts)
  'ACCOUNT_DISABLED',
  'NO_FREE_SLOT',
  'MEDIA_ERROR',
  'APPROVAL_BLOCKED', // approve refused: a pre-check failed, a warning is unconfirmed or a document unverified
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type AckOk<T = object> = { ok: true } & T;
export type AckError = { ok: false; code: ErrorCode; message: string };
export type Ack<T = object> = AckOk<T> | AckError;

export function ackError(code: ErrorCode, message: string): AckError {
  return { ok: false, code, message };
}
