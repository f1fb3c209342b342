import { createSocket, type Socket } from 'node:dgram';
import { randomBytes, randomInt } from 'node:crypto';
import {
  buildOpusHeader,
  buildSenderReport,
  buildVp8Header,
  parseKeyFrameRequests,
  stampNow,
  type StampWindow,
} from './rtpPackets.js';

// A synthetic browser: sends VP8 and Opus RTP that mediasoup parses exactly as it parses Chrome's
// (see rtpPackets.ts for the byte layouts), paced by a coarse timer the way a capacity bench can
// afford, answering PLI/FIR with keyframes and sending Sender Reports (SimulcastConsumer needs
// them to switch spatial layers). One connected UDP socket per mediasoup PlainTransport: the
// transport learns it with comedia, and connected sockets skip dgram's per-send address lookup.

export type VideoStreamSpec = {
  kind: 'vp8';
  ssrc: number;
  payloadType: number;
  fps: number;
  bitrateBps: number;
  width: number;
  height: number;
  /** Periodic keyframe interval; simulcast layers of one camera share `phaseMs`, like an encoder. */
  keyFrameIntervalMs: number;
  phaseMs: number;
};
export type AudioStreamSpec = { kind: 'opus'; ssrc: number; payloadType: number };
export type StreamSpec = VideoStreamSpec | AudioStreamSpec;

/** Max RTP payload per packet, as libwebrtc keeps packets under ~1200 bytes on the wire. */
const MAX_PAYLOAD = 1150;
/** A keyframe is this many times an average frame (it is what makes the bitrate bursty). */
const KEYFRAME_FACTOR = 3;
/** Frames this late are dropped instead of sent in a burst; they are counted as `skippedFrames`. */
const MAX_LATENESS_MS = 250;
const SENDER_REPORT_MS = 1000;
/** Shared immutable filler: packets are sent as [fresh header, slice of this] (no copying). */
const FILLER = randomBytes(MAX_PAYLOAD);

type StreamState = {
  spec: StreamSpec;
  socket: Socket;
  clockRate: number;
  intervalMs: number;
  tsStep: number;
  startAt: number;
  nextAt: number;
  frameIndex: number;
  seq: number;
  baseTs: number;
  pictureId: number;
  tl0PicIdx: number;
  nextKeyAt: number;
  keyRequested: boolean;
  lastKeyAt: number;
  nextSrAt: number;
  sent: number;
  sentInWindow: number;
  octets: number;
};

export class RtpGenerator {
  private readonly streams: StreamState[] = [];
  private readonly bySsrc = new Map<number, StreamState>();
  private readonly sockets: Socket[] = [];
  private timer: NodeJS.Timeout | null = null;
  private lastTickAt = 0;
  /** This tick's send stamp (a fresh buffer per tick: queued sends may still reference the last). */
  private stamp = Buffer.alloc(4);
  private stampInWindow = false;
  /** Worst gap between timer ticks, to tell a starved generator from a slow SFU. */
  maxTickGapMs = 0;
  skippedFrames = 0;
  keyFrameRequests = 0;
  sendErrors = 0;

  constructor(
    private readonly window: StampWindow,
    private readonly tickMs = 10,
  ) {}

  /** Opens a socket connected to one PlainTransport's port and starts its streams on the next tick. */
  async addEndpoint(port: number, specs: readonly StreamSpec[]): Promise<void> {
    const socket = createSocket({ type: 'udp4', sendBufferSize: 4 << 20, recvBufferSize: 1 << 20 });
    this.sockets.push(socket);
    socket.on('error', () => this.sendErrors++);
    // RTCP from mediasoup (RR, NACK, PLI, FIR) comes back here; only keyframe requests matter.
    socket.on('message', (msg) => {
      for (const ssrc of parseKeyFrameRequests(msg)) {
        const s = this.bySsrc.get(ssrc);
        if (s) {
          s.keyRequested = true;
          this.keyFrameRequests++;
        }
      }
    });
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
    await new Promise<void>((resolve, reject) =>
      socket.connect(port, '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve())),
    );
    const now = performance.now();
    for (const spec of specs) {
      const video = spec.kind === 'vp8';
      const state: StreamState = {
        spec,
        socket,
        clockRate: video ? 90000 : 48000,
        intervalMs: video ? 1000 / spec.fps : 20,
        tsStep: video ? 90000 / spec.fps : 960,
        startAt: now,
        nextAt: now,
        frameIndex: 0,
        seq: randomInt(0, 0x10000),
        baseTs: randomInt(0, 0xffffffff),
        pictureId: randomInt(0, 0x8000),
        tl0PicIdx: randomInt(0, 0x100),
        // The first frame is a keyframe (as if requested), then periodic ones from the camera's
        // phase, so the cameras of one desk do not all burst in the same tick.
        nextKeyAt: now + (video ? spec.phaseMs : 0),
        keyRequested: true,
        lastKeyAt: -Infinity,
        nextSrAt: now + randomInt(100, SENDER_REPORT_MS),
        sent: 0,
        sentInWindow: 0,
        octets: 0,
      };
      this.streams.push(state);
      this.bySsrc.set(spec.ssrc, state);
    }
  }

  start(): void {
    if (this.timer) return;
    this.lastTickAt = performance.now();
    this.timer = setInterval(() => this.tick(), this.tickMs);
  }

  /** Packets sent so far on one SSRC (the ground truth the loss figures are computed against). */
  sent(ssrc: number): number {
    return this.bySsrc.get(ssrc)?.sent ?? 0;
  }

  /** Packets sent on one SSRC with a stamp inside the window. */
  sentInWindow(ssrc: number): number {
    return this.bySsrc.get(ssrc)?.sentInWindow ?? 0;
  }

  resetWindowCounts(): void {
    for (const s of this.streams) s.sentInWindow = 0;
  }

  totalSent(): number {
    let n = 0;
    for (const s of this.streams) n += s.sent;
    return n;
  }

  /** What the streams should send per second if the generator keeps up. */
  nominalPacketsPerSecond(): number {
    let pps = 0;
    for (const { spec } of this.streams) {
      if (spec.kind === 'opus') pps += 50;
      else pps += spec.fps * packetsPerFrame(frameBytes(spec, false));
    }
    return pps;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all(this.sockets.map((s) => new Promise<void>((r) => s.close(() => r()))));
    this.sockets.length = 0;
  }

  private tick(): void {
    const now = performance.now();
    this.maxTickGapMs = Math.max(this.maxTickGapMs, now - this.lastTickAt);
    this.lastTickAt = now;
    const stamp = stampNow();
    this.stamp = Buffer.allocUnsafe(4);
    this.stamp.writeUInt32BE(stamp);
    this.stampInWindow = this.window.contains(stamp);
    for (const s of this.streams) {
      while (s.nextAt <= now) {
        if (now - s.nextAt > MAX_LATENESS_MS) {
          // Starved: skip instead of bursting, as a real encoder would drop frames.
          const skip = Math.floor((now - s.nextAt) / s.intervalMs);
          this.skippedFrames += skip;
          s.frameIndex += skip;
          s.nextAt += skip * s.intervalMs;
          continue;
        }
        this.sendFrame(s);
        s.frameIndex++;
        s.nextAt = s.startAt + s.frameIndex * s.intervalMs;
      }
      if (now >= s.nextSrAt) {
        s.nextSrAt = now + SENDER_REPORT_MS;
        // RTP time "now" on the same clock the frames are stamped with, so layers line up.
        const rtpTs = (s.baseTs + Math.round(((now - s.startAt) / 1000) * s.clockRate)) >>> 0;
        this.send(s.socket, [buildSenderReport(s.spec.ssrc, Date.now(), rtpTs, s.sent, s.octets)]);
      }
    }
  }

  private sendFrame(s: StreamState): void {
    const ts = (s.baseTs + Math.round(s.frameIndex * s.tsStep)) >>> 0;
    const spec = s.spec;
    if (spec.kind === 'opus') {
      // 80..120 byte Opus frames (a 20 ms SILK/hybrid frame at ~32-40 kbps).
      const size = 80 + ((s.seq * 37) % 41);
      // A level that wanders between -30 and -50 dBov: above the desk observer's -60 threshold.
      const header = buildOpusHeader(spec.payloadType, s.seq, ts, spec.ssrc, 30 + ((s.frameIndex >> 4) % 21));
      s.seq = (s.seq + 1) & 0xffff;
      this.count(
        s,
        this.send(s.socket, [header, FILLER.subarray(0, size - 1), this.stamp]),
        header.length - 1,
      );
      return;
    }
    const frameAt = s.nextAt;
    // Requests are honoured at most every 100 ms: mediasoup already coalesces, encoders also do.
    const key = frameAt >= s.nextKeyAt || (s.keyRequested && frameAt - s.lastKeyAt > 100);
    if (key) {
      s.keyRequested = false;
      s.lastKeyAt = frameAt;
      while (s.nextKeyAt <= frameAt) s.nextKeyAt += spec.keyFrameIntervalMs;
    }
    const bytes = frameBytes(spec, key);
    const n = packetsPerFrame(bytes);
    const per = Math.ceil(bytes / n);
    s.tl0PicIdx = (s.tl0PicIdx + 1) & 0xff; // every frame is temporal layer 0 (L1T1)
    for (let i = 0; i < n; i++) {
      const header = buildVp8Header({
        payloadType: spec.payloadType,
        marker: i === n - 1,
        seq: s.seq,
        timestamp: ts,
        ssrc: spec.ssrc,
        pictureId: s.pictureId,
        tl0PicIdx: s.tl0PicIdx,
        start: i === 0,
        keyFrame: key,
        width: spec.width,
        height: spec.height,
      });
      s.seq = (s.seq + 1) & 0xffff;
      const body = Math.max(1, per - (header.length - 12) - 4);
      this.count(s, this.send(s.socket, [header, FILLER.subarray(0, body), this.stamp]), 12);
    }
    s.pictureId = (s.pictureId + 1) & 0x7fff;
  }

  /** SR octet counts are payload bytes only (RFC 3550 §6.4.1). */
  private count(s: StreamState, bytes: number, headerBytes: number): void {
    s.sent++;
    if (this.stampInWindow) s.sentInWindow++;
    s.octets += bytes - headerBytes;
  }

  private send(socket: Socket, parts: Buffer[]): number {
    // No callback: it costs a nextTick per packet; failures surface as the socket's 'error' event.
    socket.send(parts);
    let n = 0;
    for (const p of parts) n += p.length;
    return n;
  }
}

function frameBytes(spec: VideoStreamSpec, key: boolean): number {
  return Math.round((spec.bitrateBps / 8 / spec.fps) * (key ? KEYFRAME_FACTOR : 1));
}

function packetsPerFrame(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / MAX_PAYLOAD));
}
