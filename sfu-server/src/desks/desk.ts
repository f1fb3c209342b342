import type { MediaSource } from '@bilik/shared';
import type { types } from 'mediasoup';
import { ServiceError } from '../errors.js';
import { DeskRoom, boothKey, type ConsumerState, type PeerKey } from './deskRoom.js';
import { applyDeskEvent, type DeskEvent, type DeskPolicyState } from './policy.js';
import { SerialQueue } from './serialQueue.js';

export type DeskIdentity = { id: string; officerId: string; slotCount: number; openedAt: string };

/** A desk as the rest of the server may see it: a copy, never a handle on the desk's state. */
export type DeskSnapshot = DeskIdentity & {
  slots: readonly (string | null)[];
  focused: string | null;
  mediaEpoch: number;
};

/**
 * One CSO with N booth slots: the audio floor, the media room that applies it, and the queue that
 * serializes every change to either. The invariant it keeps — only the focused booth hears the
 * CSO, is heard, or shows its document — holds because nothing changes the floor or the consumers
 * outside a turn of this desk's queue, and each turn reconciles from mediasoup's own state.
 */
export class Desk {
  readonly queue: SerialQueue;
  private policy: DeskPolicyState;
  private currentRoom: DeskRoom;
  private epoch: number;

  constructor(
    readonly identity: DeskIdentity,
    room: DeskRoom,
    policy: DeskPolicyState,
    mediaEpoch: number,
  ) {
    this.queue = new SerialQueue(`desk:${identity.id}`);
    this.currentRoom = room;
    this.policy = policy;
    this.epoch = mediaEpoch;
  }

  get id(): string {
    return this.identity.id;
  }
  get officerId(): string {
    return this.identity.officerId;
  }
  get focusedSessionId(): string | null {
    return this.policy.focused;
  }
  get slots(): readonly (string | null)[] {
    return this.policy.slots;
  }
  get mediaEpoch(): number {
    return this.epoch;
  }
  get occupied(): number {
    return this.policy.slots.filter(Boolean).length;
  }
  get hasFreeSlot(): boolean {
    return this.policy.slots.includes(null);
  }
  seats(sessionId: string): boolean {
    return this.policy.slots.includes(sessionId);
  }

  serialize(): DeskSnapshot {
    return {
      ...this.identity,
      slots: [...this.policy.slots],
      focused: this.policy.focused,
      mediaEpoch: this.epoch,
    };
  }

  /** Runs an operation in this desk's turn: after every earlier one has finished, before any later one. */
  exclusive<T>(operation: () => Promise<T> | T): Promise<T> {
    return this.queue.run(operation);
  }

  /** Throws the refusal a client should see if the event does not fit the desk; changes nothing. */
  check(event: DeskEvent): DeskPolicyState {
    const result = applyDeskEvent(this.policy, event);
    if (!result.ok) throw new ServiceError(result.error.code, result.error.message);
    return result.state;
  }

  // The mutators below run only inside a turn (asserted): the caller checks, writes the database,
  // then applies, with no other operation of this desk in between.

  async applyFocus(sessionId: string | null): Promise<void> {
    this.queue.assertHeld('applyFocus');
    this.policy = this.check({ type: 'focus', sessionId });
    await this.currentRoom.setFocus(sessionId);
  }

  /** Seats a booth in the first free slot and returns the slot. No media yet: the booth joins later. */
  applySeat(sessionId: string): number {
    this.queue.assertHeld('applySeat');
    this.policy = this.check({ type: 'join', sessionId });
    return this.policy.slots.indexOf(sessionId);
  }

  /** The booth leaves: its media closes with it, and the floor falls if it held it. */
  async applyLeave(sessionId: string): Promise<void> {
    this.queue.assertHeld('applyLeave');
    this.policy = this.check({ type: 'leave', sessionId });
    await this.currentRoom.removePeer(boothKey(sessionId));
  }

  /** The worker under this desk died: a new room on another worker, a new epoch for the clients. */
  async applyRebuild(room: DeskRoom): Promise<void> {
    this.queue.assertHeld('applyRebuild');
    this.currentRoom.close();
    this.currentRoom = room;
    this.epoch++;
    await room.setFocus(this.policy.focused);
  }

  applyClose(): void {
    this.queue.assertHeld('applyClose');
    this.currentRoom.close();
  }

  /** Brings every consumer back in line with the floor, from mediasoup's own state. */
  async applyRepair(): Promise<void> {
    this.queue.assertHeld('applyRepair');
    await this.currentRoom.setFocus(this.policy.focused);
  }

  get routerClosed(): boolean {
    return this.currentRoom.router.closed;
  }

  get routerId(): string {
    return this.currentRoom.router.id;
  }

  /** Consumer states as mediasoup's objects report them: for metrics and views. */
  consumerStates(): ConsumerState[] {
    return this.currentRoom.consumerStates();
  }

  /** Consumer states as the worker itself reports them: what the floor check trusts. */
  consumerStatesFromWorker(): Promise<ConsumerState[]> {
    return this.currentRoom.consumerStatesFromWorker();
  }

  routerDump(): Promise<types.RouterDump> {
    return this.currentRoom.router.dump();
  }

  hasPeer(key: PeerKey): boolean {
    return this.currentRoom.hasPeer(key);
  }

  /** A peer's live producer of one source, for stats (read only: changes go through media()). */
  producerOf(key: PeerKey, source: MediaSource): types.Producer | undefined {
    return this.currentRoom.producerOf(key, source);
  }

  /** What one peer (the CSO, or a seated booth) may do with its media; each request takes a turn. */
  media(key: PeerKey): PeerMediaRequests {
    const session = key === 'cso' ? null : key.slice('booth:'.length);
    const inTurn = <T>(fn: (room: DeskRoom) => Promise<T> | T) =>
      this.exclusive(() => {
        // Checked in the turn: a booth handed off or finished meanwhile must not come back as a ghost.
        if (session !== null && !this.seats(session))
          throw new ServiceError('CONFLICT', 'this booth is not at that desk (any more)');
        return fn(this.currentRoom);
      });
    return {
      join: () => inTurn((room) => room.join(key)),
      createTransport: (direction) => inTurn((room) => room.createTransport(key, direction)),
      connectTransport: (transportId, dtlsParameters) =>
        inTurn((room) => room.connectTransport(key, transportId, dtlsParameters)),
      restartIce: (transportId) => inTurn((room) => room.restartIce(key, transportId)),
      produce: (transportId, kind, rtpParameters, source) =>
        inTurn((room) => room.produce(key, transportId, kind, rtpParameters, source)),
      closeProducer: (producerId) => inTurn((room) => room.closeProducer(key, producerId)),
      consume: (producerId, rtpCapabilities) =>
        inTurn((room) => room.consume(key, producerId, rtpCapabilities)),
      clientReady: (consumerId) => inTurn((room) => room.clientReady(key, consumerId)),
    };
  }
}

type RoomCall<K extends keyof DeskRoom> = DeskRoom[K] extends (key: PeerKey, ...args: infer A) => infer R
  ? (...args: A) => Promise<Awaited<R>>
  : never;

export type PeerMediaRequests = {
  join: RoomCall<'join'>;
  createTransport: RoomCall<'createTransport'>;
  connectTransport: RoomCall<'connectTransport'>;
  restartIce: RoomCall<'restartIce'>;
  produce: RoomCall<'produce'>;
  closeProducer: RoomCall<'closeProducer'>;
  consume: RoomCall<'consume'>;
  clientReady: RoomCall<'clientReady'>;
};
