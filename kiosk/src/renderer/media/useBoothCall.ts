// Runs a BoothCall while the booth is seated at a desk: a new one whenever the desk or its media
// epoch changes (hand-off, router rebuilt), the old one closed first. Unseating (finish, wipe,
// desk closed) closes it, which stops every camera and microphone.

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { BoothSocket } from '../connection/sharedSocket.js';
import { BoothCall, type CallSnapshot, type CameraLabels } from './boothCall.js';

const NONE = () => () => undefined;
const NO_SNAPSHOT = () => null;

export function useBoothCall(
  socket: BoothSocket | null,
  seat: { deskId: string; mediaEpoch: number } | null,
  cameras: CameraLabels,
  documentWanted: boolean,
): CallSnapshot | null {
  const [call, setCall] = useState<BoothCall | null>(null);
  const deskId = seat?.deskId ?? null;
  const epoch = seat?.mediaEpoch ?? 0;
  const { face, document } = cameras;

  useEffect(() => {
    if (!socket || !deskId) return;
    const c = new BoothCall(socket, { face, document });
    setCall(c);
    return () => {
      c.close();
      setCall(null);
    };
  }, [socket, deskId, epoch, face, document]);

  useEffect(() => {
    call?.setDocumentWanted(documentWanted);
  }, [call, documentWanted]);

  return useSyncExternalStore(call?.subscribe ?? NONE, call?.getSnapshot ?? NO_SNAPSHOT);
}
