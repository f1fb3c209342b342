// What every part of an open desk needs: the socket to act with, the capture images, the
// tracks the server lets this desk receive, and the branch's domain settings for the pre-checks.

import type { DomainPolicy } from '@bilik/shared';
import type { RemoteTrack } from '@bilik/shared/client';
import { createContext, useContext } from 'react';
import type { BranchSocket } from '../connection/branchSocket.js';
import type { CaptureCache } from '../verify/captureCache.js';

export type DeskContextValue = {
  socket: BranchSocket;
  captures: CaptureCache;
  tracks: readonly RemoteTrack[];
  policy: DomainPolicy;
};

export const DeskContext = createContext<DeskContextValue | null>(null);

export function useDesk(): DeskContextValue {
  const value = useContext(DeskContext);
  if (!value) throw new Error('useDesk outside an open desk');
  return value;
}
