// The branch's password rule for officer accounts, in one place: the console checks it as branch
// IT types, the officer station when a CSO picks a new password, and the server before storing.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'sameAsUsername';

/** Why a password may not be used for this account, or null when it may. */
export function passwordProblem(username: string, password: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password.length > MAX_PASSWORD_LENGTH) return 'tooLong';
  // Case and surrounding spaces do not make a username a secret.
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'sameAsUsername';
  return null;
}
