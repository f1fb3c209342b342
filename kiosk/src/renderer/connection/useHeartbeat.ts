// Every 30 s while connected (and at once on each connection), the booth tells the branch server
// its app version and whether its cameras and barcode reader are there, for branch IT's list.

import { BoothEvents, HEARTBEAT_INTERVAL_MS } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useEffect } from 'react';
import type { KioskConfig } from '../../bridge/types.js';
import { bridge } from '../bridge/index.js';
import { deviceReport } from '../media/deviceReport.js';
import type { BoothSocket } from './sharedSocket.js';

export function useHeartbeat(socket: BoothSocket | null, config: KioskConfig): void {
  useEffect(() => {
    if (!socket) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const beat = () => {
      if (!socket.connected) return;
      // A missed beat is harmless: the next one comes in 30 s; the visit never waits for it.
      void deviceReport(bridge, config)
        .then((report) => request(socket, BoothEvents.heartbeat, report))
        .catch(() => undefined);
    };
    const start = () => {
      clearInterval(timer);
      beat();
      timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
    };
    socket.on('connect', start);
    if (socket.connected) start();
    return () => {
      clearInterval(timer);
      socket.off('connect', start);
    };
  }, [socket, config]);
}
