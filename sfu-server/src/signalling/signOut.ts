import type { Namespace } from 'socket.io';
import type { BranchEvents } from '../branchEvents.js';
import { boothRoom } from './boothNamespace.js';

// Signing out is done on the server: a deleted token cannot open a socket, and the sockets it
// already opened are closed here, at once, rather than left running until they next reconnect.

export const officerRoom = (officerId: string) => `officer:${officerId}`;
export const tokenRoom = (tokenHash: string) => `token:${tokenHash}`;

/** The rooms an officer's socket joins so that signing out (one token, or the whole account) reaches it. */
export function signedOutRoom(officerId: string, tokenHash: string): string[] {
  return [officerRoom(officerId), tokenRoom(tokenHash)];
}

export function closeSignedOutSockets(
  events: BranchEvents,
  officerNamespaces: readonly Namespace[],
  boothNamespace: Namespace,
): void {
  events.on('signedOut', (scope) => {
    const room = 'tokenHash' in scope ? tokenRoom(scope.tokenHash) : officerRoom(scope.officerId);
    for (const nsp of officerNamespaces) nsp.in(room).disconnectSockets(true);
  });
  events.on('boothRevoked', (boothId) => boothNamespace.in(boothRoom(boothId)).disconnectSockets(true));
}
