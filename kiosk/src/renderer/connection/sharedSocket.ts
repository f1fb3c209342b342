import type { BoothContract } from '@bilik/shared';
import { LAN_SOCKET_OPTIONS, type ContractSocket } from '@bilik/shared/client';
import { io } from 'socket.io-client';

export type BoothSocket = ContractSocket<BoothContract>;

export function connectBooth(serverUrl: string, deviceToken: string): BoothSocket {
  // WebSocket only (LAN_SOCKET_OPTIONS): long polling would add a second path for binary
  // capture uploads for no benefit.
  return io(`${serverUrl}/booth`, { ...LAN_SOCKET_OPTIONS, auth: { deviceToken } });
}
