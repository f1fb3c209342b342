// What every part of an open desk needs: the socket to act with, the capture images, and the
// tracks the server lets this desk receive.

import type { RemoteTrack } from '@bilik/shared/client';
import { createContext, useContext } from 'react';
import type { BranchSocket } from '../connection/branchSocket.js';
import type { CaptureCache } from '../verify/captureCache.js';

export type DeskContextValue = {
  socket: BranchSocket;
  captures: CaptureCache;
  tracks: readonly RemoteTrack[];
};

export const DeskContext = createContext<DeskContextValue | null>(null);

export function useDesk(): DeskContextValue {
  const value = useContext(DeskContext);
  if (!value) throw new Error('useDesk outside an open desk');
  return value;
}
