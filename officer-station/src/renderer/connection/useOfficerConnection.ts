// The /officer socket and the desk the server says this CSO runs. desk:state is pushed right
// after connecting, so its listener is attached before the socket connects, in the same effect.

import { OfficerPush, type DeskView } from '@bilik/shared';
import { useCallback, useEffect, useState } from 'react';
import { connectBranchSocket, type BranchSocket } from './branchSocket.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'unauthenticated';

export type OfficerConnection = {
  socket: BranchSocket | null;
  status: ConnectionStatus;
  /** Counts successful connects: media is set up again after a reconnect, when pushes may have been missed. */
  connectCount: number;
  /** undefined until the server has said; null when no desk is open. */
  desk: DeskView | null | undefined;
  setDesk(desk: DeskView | null): void;
};

type State = Omit<OfficerConnection, 'setDesk'>;

export function useOfficerConnection(serverUrl: string, token: string): OfficerConnection {
  const [state, setState] = useState<State>({
    socket: null,
    status: 'connecting',
    connectCount: 0,
    desk: undefined,
  });

  useEffect(() => {
    // WebSocket only: no long-polling fallback on a branch LAN, and no CORS preflights.
    const socket = connectBranchSocket(`${serverUrl}/officer`, {
      auth: { token },
      transports: ['websocket'],
      autoConnect: false,
    });
    setState({ socket, status: 'connecting', connectCount: 0, desk: undefined });
    socket.on(OfficerPush.desk, (desk: DeskView | null) => setState((s) => ({ ...s, desk })));
    socket.on('connect', () =>
      setState((s) => ({ ...s, status: 'online', connectCount: s.connectCount + 1 })),
    );
    socket.on('disconnect', () => setState((s) => ({ ...s, status: 'offline' })));
    socket.on('connect_error', (err: Error) => {
      // The server's middleware refuses an unknown or expired token; retrying cannot help.
      const unauthenticated = err.message === 'UNAUTHENTICATED';
      if (unauthenticated) socket.disconnect();
      setState((s) => ({ ...s, status: unauthenticated ? 'unauthenticated' : 'offline' }));
    });
    socket.connect();
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [serverUrl, token]);

  const setDesk = useCallback((desk: DeskView | null) => setState((s) => ({ ...s, desk })), []);
  return { ...state, setDesk };
}
