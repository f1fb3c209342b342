// How a signed-in socket's state reaches the screen, the same for the desk and the console:
// online, offline (socket.io retries), or unauthenticated (the server refused the token: signed
// out, disabled, expired), when retrying cannot help and the screen signs out.

import type { Socket } from 'socket.io-client';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'unauthenticated';

/** `refusals`: connect_error messages that mean the token will never be accepted. */
export function trackConnection(
  socket: Socket,
  onStatus: (status: ConnectionStatus) => void,
  refusals: readonly string[] = ['UNAUTHENTICATED'],
): void {
  socket.on('connect', () => onStatus('online'));
  socket.on('disconnect', (reason) => {
    onStatus('offline');
    // Closed by the server (signed out elsewhere, account disabled or reset): socket.io would
    // not retry; one more try lets the server refuse the token, which signs the screen out.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', (err: Error) => {
    const refused = refusals.includes(err.message);
    if (refused) socket.disconnect();
    onStatus(refused ? 'unauthenticated' : 'offline');
  });
}
