// The socket type the shared client (request, MediaSession) expects. socket.io-client ships the
// same classes twice (ESM and CJS typings); @bilik/shared's compiled declarations resolve to the
// CJS copy while this project resolves to the ESM one, and the two are not assignable to each
// other. The runtime object is the same, so the socket is typed once, here, as the shared one.

import type { request } from '@bilik/shared/client';
import { io, type ManagerOptions, type SocketOptions } from 'socket.io-client';

export type BranchSocket = Parameters<typeof request>[0];

export function connectBranchSocket(
  url: string,
  options: Partial<ManagerOptions & SocketOptions>,
): BranchSocket {
  return io(url, options) as unknown as BranchSocket;
}
