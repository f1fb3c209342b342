// The /officer socket and the desk the server says this CSO runs. desk:state is pushed right
// after connecting, so its listener is attached before the socket connects, in the same effect.

import { OfficerPush, type DeskView } from '@bilik/shared';
import { LAN_SOCKET_OPTIONS } from '@bilik/shared/client';
import { useCallback, useEffect, useState } from 'react';
import { connectBranchSocket, type BranchSocket } from './branchSocket.js';
import { trackConnection, type ConnectionStatus } from './connectionStatus.js';
import { newerDesk, withSignals } from './deskState.js';

export type { ConnectionStatus };

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
    trackConnection(socket, (status) => setState((s) => ({ ...s, status })));
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
