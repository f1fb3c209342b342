import { z } from 'zod';
import { Id, Role } from './common.js';
import { DeviceState } from './booth.js';

// What branch IT sees of booths, officer accounts and the server itself.

const IsoDateTime = z.iso.datetime();

export const BoothStatusView = z.object({
  boothId: Id,
  name: z.string(),
  enrolled: z.boolean(),
  revoked: z.boolean(),
  /** A socket is open right now. */
  online: z.boolean(),
  /** The last heartbeat (the booth reports every 30 s while connected). */
  lastSeenAt: IsoDateTime.nullable(),
  appVersion: z.string().nullable(),
  camera: DeviceState.nullable(),
  documentCamera: DeviceState.nullable(),
  barcodeReader: DeviceState.nullable(),
});
export type BoothStatusView = z.infer<typeof BoothStatusView>;

export const OfficerAccountView = z.object({
  officerId: Id,
  username: z.string(),
  displayName: z.string(),
  staffId: z.string(),
  role: Role,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: IsoDateTime.nullable(),
});
export type OfficerAccountView = z.infer<typeof OfficerAccountView>;

export const ServerInfo = z.object({
  caFingerprint: z.string(),
  caValidFrom: IsoDateTime,
  caValidTo: IsoDateTime,
  certValidTo: IsoDateTime,
  names: z.array(z.string()),
  /** Branch IT's own certificate and CA instead of the branch CA this server made. */
  providedByBranchIt: z.boolean(),
  versions: z.object({ node: z.string(), mediasoup: z.string() }),
});
export type ServerInfo = z.infer<typeof ServerInfo>;
