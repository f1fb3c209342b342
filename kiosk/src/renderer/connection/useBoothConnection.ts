// The booth's socket.io connection to the branch server: authenticates with the device token,
// feeds every push into the store, and offers `send` (ack or RequestError). socket.io reconnects
// by itself; the server answers each (re)connection with the current session, so nothing here
// has to remember the visit.

import { useCallback, useEffect, useRef, useState } from 'react';
import { BoothPush, type BoothOutcome, type BoothRequest, type BoothSessionView } from '@bilik/shared';
import { RequestError, request } from '@bilik/shared/client';
import type { Action } from '../state/journey.js';
import { connectBooth, type BoothSocket } from './sharedSocket.js';

export type BoothLink = {
  socket: BoothSocket | null;
  send<T extends object = object>(event: string, payload?: unknown): Promise<T>;
};

export function useBoothConnection(
  serverUrl: string,
  deviceToken: string | null,
  dispatch: (action: Action) => void,
  onRefused: () => void,
): BoothLink {
  const [socket, setSocket] = useState<BoothSocket | null>(null);
  const refused = useRef(onRefused);
  useEffect(() => {
    refused.current = onRefused;
  });

  useEffect(() => {
    if (!deviceToken) return;
    const s = connectBooth(serverUrl, deviceToken);
    dispatch({ type: 'connection', connection: 'connecting' });
    s.on('connect', () => dispatch({ type: 'connection', connection: 'online' }));
    s.on('disconnect', () => dispatch({ type: 'connection', connection: 'offline' }));
    s.on('connect_error', (err: Error) => {
      // The server's middleware refuses an unknown or revoked token; retrying cannot help.
      if (err.message === 'UNAUTHENTICATED') {
        s.disconnect();
        refused.current();
      } else dispatch({ type: 'connection', connection: 'offline' });
    });
    s.on(BoothPush.state, (view: BoothSessionView | null) => dispatch({ type: 'view', view }));
    s.on(BoothPush.request, (r: BoothRequest) => dispatch({ type: 'request', request: r }));
    s.on(BoothPush.outcome, (o: BoothOutcome) => dispatch({ type: 'outcome', outcome: o }));
    setSocket(s);
    return () => {
      s.removeAllListeners();
      s.disconnect();
      setSocket(null);
    };
  }, [serverUrl, deviceToken, dispatch]);

  const send = useCallback(
    <T extends object = object>(event: string, payload: unknown = {}): Promise<T> => {
      if (!socket?.connected) return Promise.reject(new RequestError('TIMEOUT', 'not connected'));
      return request<T>(socket, event, payload);
    },
    [socket],
  );
  return { socket, send };
}
