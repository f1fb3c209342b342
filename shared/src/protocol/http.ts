import { z } from 'zod';

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
