// @bilik/shared/client is compiled with NodeNext resolution, which types socket.io-client from
// its CommonJS build; this renderer (Bundler resolution) sees the ESM build. Same runtime object,
// two nominally different classes, so the socket is typed as the shared client expects, once,
// where it is created.

import { io } from 'socket.io-client';
import type { request } from '@bilik/shared/client';

export type BoothSocket = Parameters<typeof request>[0];

export function connectBooth(serverUrl: string, deviceToken: string): BoothSocket {
  // WebSocket only: the server is on the branch LAN, and long polling would add a second
  // path for binary capture uploads for no benefit.
  return io(`${serverUrl}/booth`, {
    auth: { deviceToken },
    transports: ['websocket'],
  }) as unknown as BoothSocket;
}
