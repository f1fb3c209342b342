// The /officer socket and the desk the server says this CSO runs. desk:state is pushed right
// after connecting, so its listener is attached before the socket connects, in the same effect.

import { OfficerPush, type DeskView } from '@bilik/shared';
import { LAN_SOCKET_OPTIONS } from '@bilik/shared/client';
import { useCallback, useEffect, useState } from 'react';
import { connectBranchSocket, type BranchSocket } from './branchSocket.js';
import { newerDesk, withSignals } from './deskState.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'unauthenticated';

export type OfficerConnection = {
  socket: BranchSocket | null;
  status: ConnectionStatus;
  /** undefined until the server has said; null when no desk is open. */
  desk: DeskView | null | undefined;
  setDesk(desk: DeskView | null): void;
};

type State = Omit<OfficerConnection, 'setDesk'>;

export function useOfficerConnection(serverUrl: string, token: string): OfficerConnection {
  const [state, setState] = useState<State>({
    socket: null,
    status: 'connecting',
    desk: undefined,
  });

  useEffect(() => {
    const socket = connectBranchSocket(`${serverUrl}/officer`, {
      ...LAN_SOCKET_OPTIONS,
      auth: { token },
      autoConnect: false,
    });
    setState({ socket, status: 'connecting', desk: undefined });
    socket.on(OfficerPush.desk, (desk) => setState((s) => ({ ...s, desk: newerDesk(s.desk, desk) })));
    socket.on(OfficerPush.signals, (push) => setState((s) => ({ ...s, desk: withSignals(s.desk, push) })));
    // The server pushes the whole desk on every connect: nothing missed meanwhile stays missing.
    socket.on('connect', () => setState((s) => ({ ...s, status: 'online' })));
    socket.on('disconnect', (reason) => {
      setState((s) => ({ ...s, status: 'offline' }));
      // Closed by the server (signed out elsewhere, account disabled or reset): socket.io would
      // not retry; one more try lets the server refuse the token, which signs the station out.
      if (reason === 'io server disconnect') socket.connect();
    });
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

  const setDesk = useCallback(
    (desk: DeskView | null) => setState((s) => ({ ...s, desk: newerDesk(s.desk, desk) })),
    [],
  );
  return { ...state, setDesk };
}
