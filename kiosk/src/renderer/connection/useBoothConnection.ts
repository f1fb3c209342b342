// The booth's socket.io connection to the branch server: authenticates with the device token,
// feeds every push into the store, and offers `send` (ack or RequestError). socket.io reconnects
// by itself; the server answers each (re)connection with the current session, so nothing here
// has to remember the visit.

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  BoothPush,
  type BoothContract,
  type EventName,
  type RequestOf,
  type ResponseOf,
} from '@bilik/shared';
import { RequestError, request } from '@bilik/shared/client';
import type { Action } from '../state/journey.js';
import { connectBooth, type BoothSocket } from './sharedSocket.js';

export type BoothLink = {
  socket: BoothSocket | null;
  /** One request of the booth contract; refused (TIMEOUT) at once while offline. */
  send<E extends EventName<BoothContract>>(
    event: E,
    payload: RequestOf<BoothContract, E>,
  ): Promise<ResponseOf<BoothContract, E>>;
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
    s.on('disconnect', (reason) => {
      dispatch({ type: 'connection', connection: 'offline' });
      // Closed by the server (the booth was revoked): socket.io would not retry; trying once more
      // lets the server say why, and a refused token takes the booth back to enrollment.
      if (reason === 'io server disconnect') s.connect();
    });
    s.on('connect_error', (err: Error) => {
      // The server's middleware refuses an unknown or revoked token; retrying cannot help.
      if (err.message === 'UNAUTHENTICATED') {
        s.disconnect();
        refused.current();
      } else dispatch({ type: 'connection', connection: 'offline' });
    });
    s.on(BoothPush.state, (view) => dispatch({ type: 'view', view }));
    s.on(BoothPush.request, (r) => dispatch({ type: 'request', request: r }));
    s.on(BoothPush.outcome, (o) => dispatch({ type: 'outcome', outcome: o }));
    s.on(BoothPush.queue, (place) => dispatch({ type: 'queue', place }));
    setSocket(s);
    return () => {
      s.removeAllListeners();
      s.disconnect();
      setSocket(null);
    };
  }, [serverUrl, deviceToken, dispatch]);

  const send = useCallback(
    <E extends EventName<BoothContract>>(
      event: E,
      payload: RequestOf<BoothContract, E>,
    ): Promise<ResponseOf<BoothContract, E>> => {
      if (!socket?.connected) return Promise.reject(new RequestError('TIMEOUT', 'not connected'));
      return request(socket, event, payload);
    },
    [socket],
  );
  return { socket, send };
}
