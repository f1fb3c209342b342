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
  /** Speaking, network score or connection of a booth at the desk: a small push, no view rebuilt. */
  signalsChanged: [deskId: string];
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

/** Events after which a view may differ: each one moves the revision views carry. */
const VIEW_EVENTS = ['sessionChanged', 'deskChanged', 'queueChanged', 'outcome', 'helpCalled'] as const;

export class BranchEvents extends EventEmitter<BranchEventMap> {
  private changes = 0;

  constructor() {
    super();
    // Registered first, so the revision has moved before any listener builds a view.
    for (const event of VIEW_EVENTS) this.on(event, () => this.changes++);
  }

  /**
   * Counts the changes screens show. A view carries the revision it was built at (an ack's view,
   * the revision its operation left), so a client that receives views out of order keeps the newest.
   */
  get revision(): number {
    return this.changes;
  }
}
