import { EventEmitter } from 'node:events';
import type { BoothOutcome, BoothRequest, HelpCalledPush, ProducerAvailable } from '@bilik/shared';
import type { PeerKey } from './desks/deskRoom.js';

/**
 * What changed in the branch, for the signalling layer to push to screens. Services emit after
 * their transaction has committed, so a screen never shows state the database does not hold.
 */
export type BranchEventMap = {
  sessionChanged: [sessionId: string];
  deskChanged: [deskId: string];
  queueChanged: [];
  boothRequest: [sessionId: string, request: BoothRequest];
  outcome: [sessionId: string, outcome: BoothOutcome];
  /** deskId: the desk the booth sits at, or null when it sits at none (every desk is told). */
  helpCalled: [call: HelpCalledPush, deskId: string | null];
  /** Tokens deleted (logout, a disabled account, a reset password): their sockets must close now. */
  signedOut: [scope: { tokenHash: string } | { officerId: string }];
  /** A booth's enrollment was revoked: its sockets must close now. */
  boothRevoked: [boothId: string];
  /** A booth's health changed (enrolled, revoked, connected, disconnected, heartbeat): branch IT's list. */
  boothsChanged: [];
  /** Media announcements from a desk's room to one of its peers. */
  producerAvailable: [deskId: string, to: PeerKey, producer: ProducerAvailable];
  consumerClosed: [deskId: string, to: PeerKey, consumerId: string];
};

export class BranchEvents extends EventEmitter<BranchEventMap> {}
