import { io, type Socket } from 'socket.io-client';

export type BoothSocket = Socket;

export function connectBooth(serverUrl: string, deviceToken: string): BoothSocket {
  // WebSocket only: the server is on the branch LAN, and long polling would add a second
  // path for binary capture uploads for no benefit.
  return io(`${serverUrl}/booth`, {
    auth: { deviceToken },
    transports: ['websocket'],
  });
}
