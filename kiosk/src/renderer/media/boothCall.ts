// The booth's media at one desk (one MediaSession for one deskId + mediaEpoch): the face camera
// (simulcast, so the CSO's grid takes a small layer) and microphone, the document camera while
// the CSO asks for it, and the CSO's tracks to play. Whether sound actually flows is the
// server's audio-floor decision; this class only produces and consumes what it is offered.

import type { BoothSocket } from '../connection/sharedSocket.js';
import { MediaSession, type RemoteTrack } from '@bilik/shared/client';
import { DOCUMENT_LIVE_SIZE, FACE_SIZE, openCamera, stopStream } from './cameras.js';

export type CallSnapshot = {
  /** The CSO's camera, once consumed. */
  officerVideo: MediaStream | null;
  /** One stream per CSO audio track; each gets its own <audio> element. */
  officerAudio: readonly { consumerId: string; stream: MediaStream }[];
  selfView: MediaStream | null;
  documentView: MediaStream | null;
  failed: boolean;
};

export type CameraLabels = { face?: string; document?: string };

const EMPTY: CallSnapshot = {
  officerVideo: null,
  officerAudio: [],
  selfView: null,
  documentView: null,
  failed: false,
};

export class BoothCall {
  private readonly session: MediaSession;
  private readonly remote = new Map<string, { info: RemoteTrack; stream: MediaStream }>();
  private readonly listeners = new Set<() => void>();
  private local: MediaStream | null = null;
  private documentStream: MediaStream | null = null;
  private failed = false;
  private closed = false;
  private snap: CallSnapshot = EMPTY;
  private readonly started: Promise<void>;
  /** Document camera on/off requests run one after another, after start. */
  private documentQueue: Promise<void>;

  constructor(
    socket: BoothSocket,
    private readonly cameras: CameraLabels,
  ) {
    this.session = new MediaSession(socket, {
      onTrack: (info) => {
        this.remote.set(info.consumerId, { info, stream: new MediaStream([info.track]) });
        this.changed();
      },
      onTrackEnded: (consumerId) => {
        this.remote.delete(consumerId);
        this.changed();
      },
      onError: () => this.fail(),
    });
    this.started = this.start().catch(() => this.fail());
    this.documentQueue = this.started;
  }

  private async start(): Promise<void> {
    const local = await openCamera('face', this.cameras.face, FACE_SIZE, true);
    if (this.closed) return stopStream(local);
    this.local = local;
    this.changed();
    await this.session.start();
    if (this.closed) return;
    const [video] = local.getVideoTracks();
    const [audio] = local.getAudioTracks();
    if (video) await this.session.produce(video, 'camera', { simulcast: true });
    if (audio && !this.closed) await this.session.produce(audio, 'mic');
  }

  /** Shows the CSO the document camera (true) or stops sending it (false). */
  setDocumentWanted(wanted: boolean): void {
    this.documentQueue = this.documentQueue.then(async () => {
      if (this.closed || wanted === (this.documentStream !== null)) return;
      if (wanted) {
        const stream = await openCamera('document', this.cameras.document, DOCUMENT_LIVE_SIZE);
        if (this.closed) return stopStream(stream);
        this.documentStream = stream;
        this.changed();
        const [track] = stream.getVideoTracks();
        if (track) await this.session.produce(track, 'document');
      } else {
        const stream = this.documentStream;
        this.documentStream = null;
        this.changed();
        await this.session.stopProducing('document');
        stopStream(stream);
      }
    });
    this.documentQueue = this.documentQueue.catch(() => this.fail());
  }

  /** Stops every camera and microphone at once; the session closes once its start settles. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    stopStream(this.local);
    stopStream(this.documentStream);
    this.local = null;
    this.documentStream = null;
    this.remote.clear();
    void this.started.finally(() => this.session.close());
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CallSnapshot => this.snap;

  private fail(): void {
    if (this.closed) return;
    this.failed = true;
    this.changed();
  }

  private changed(): void {
    const tracks = [...this.remote.values()];
    this.snap = {
      officerVideo: tracks.find((r) => r.info.kind === 'video' && r.info.source === 'camera')?.stream ?? null,
      officerAudio: tracks
        .filter((r) => r.info.kind === 'audio')
        .map((r) => ({ consumerId: r.info.consumerId, stream: r.stream })),
      selfView: this.local,
      documentView: this.documentStream,
      failed: this.failed,
    };
    for (const l of [...this.listeners]) l();
  }
}
