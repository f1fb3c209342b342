import { LAN_SOCKET_OPTIONS } from '@bilik/shared/client';
import { io, type Socket } from 'socket.io-client';

export type BoothSocket = Socket;

export function connectBooth(serverUrl: string, deviceToken: string): BoothSocket {
  // WebSocket only (LAN_SOCKET_OPTIONS): long polling would add a second path for binary
  // capture uploads for no benefit.
  return io(`${serverUrl}/booth`, { ...LAN_SOCKET_OPTIONS, auth: { deviceToken } });
}
