// The console's /admin socket: what it pushes (the board to supervisors, the booth list to branch
// IT) and its state. Listeners are attached before connecting: the server pushes on connect.

import { AdminPush, type AdminContract, type BoardView, type BoothStatusView } from '@bilik/shared';
import { LAN_SOCKET_OPTIONS, type ContractSocket } from '@bilik/shared/client';
import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import { trackConnection, type ConnectionStatus } from '../../renderer/connection/connectionStatus.js';

export type AdminSocket = ContractSocket<AdminContract>;

export type AdminConnection = {
  socket: AdminSocket | null;
  status: ConnectionStatus;
  /** Supervisors only; undefined until the first push. */
  board: BoardView | undefined;
  /** Branch IT only; undefined until the first push. */
  booths: BoothStatusView[] | undefined;
};

const INITIAL: AdminConnection = { socket: null, status: 'connecting', board: undefined, booths: undefined };

export function useAdminConnection(serverUrl: string, token: string): AdminConnection {
  const [state, setState] = useState<AdminConnection>(INITIAL);
  useEffect(() => {
    const socket: AdminSocket = io(`${serverUrl}/admin`, {
      ...LAN_SOCKET_OPTIONS,
      auth: { token },
      autoConnect: false,
    });
    setState({ ...INITIAL, socket });
    socket.on(AdminPush.board, (board) => setState((s) => ({ ...s, board })));
    socket.on(AdminPush.booths, ({ booths }) => setState((s) => ({ ...s, booths })));
    // A CSO's token is refused as FORBIDDEN: retrying cannot help either.
    trackConnection(socket, (status) => setState((s) => ({ ...s, status })), [
      'UNAUTHENTICATED',
      'FORBIDDEN',
    ]);
    socket.connect();
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [serverUrl, token]);
  return state;
}
