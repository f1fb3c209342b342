// "Saya tangani": the CSO takes a call for help; the server clears it on every desk and audits it.

import { PresenceEvents } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useCallback } from 'react';
import { useAction, type Action } from '../connection/useAction.js';
import { useDesk } from './DeskContext.js';

export function useAcknowledgeHelp(): { acknowledge(helpCallId: string): void; action: Action } {
  const { socket } = useDesk();
  const action = useAction();
  const { run } = action;
  const acknowledge = useCallback(
    (helpCallId: string) => void run(() => request(socket, PresenceEvents.acknowledgeHelp, { helpCallId })),
    [run, socket],
  );
  return { acknowledge, action };
}
