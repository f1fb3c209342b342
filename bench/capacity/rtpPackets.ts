// Byte layouts of the packets the generator sends, kept apart from the pacing logic so they can
// be read against the RFCs and mediasoup's parsers:
// - RTP header: RFC 3550 §5.1, no header extensions (the producers signal none; mediasoup then
//   demultiplexes on the SSRCs in rtpParameters.encodings).
// - VP8 payload descriptor: RFC 7741 §4.2, laid out as Chrome sends it (X, I with a 15-bit
//   picture ID, L with TL0PICIDX, T/Y/TID), because mediasoup's VP8::Parse only rewrites the
//   picture ID / TL0PICIDX of a simulcast consumer's output when both I and L are present
//   (worker/src/RTC/Codecs/VP8.cpp, PayloadDescriptorHandler::Process).
// - VP8 payload header: RFC 6386 §9.1. mediasoup calls a packet a keyframe when S=1, PID=0 and
//   the first payload byte has the inverse keyframe bit (P) clear; a SimulcastConsumer switches
//   layers, and a resumed consumer starts, only on such a packet. The start code and size that
//   follow are what a real decoder would check, so we send them too.
// - Sender Report: RFC 3550 §6.4.1. SimulcastConsumer needs one per layer to switch away from
//   the layer it started on (CanSwitchToSpatialLayer).

const RTP_HEADER = 12;
const VP8_DESCRIPTOR = 6;

export type Vp8PacketFields = {
  payloadType: number;
  marker: boolean;
  seq: number;
  timestamp: number;
  ssrc: number;
  pictureId: number;
  tl0PicIdx: number;
  /** First packet of the frame (S bit, and it carries the VP8 payload header). */
  start: boolean;
  keyFrame: boolean;
  width: number;
  height: number;
};

function writeRtpHeader(b: Buffer, pt: number, marker: boolean, seq: number, ts: number, ssrc: number): void {
  b[0] = 0x80; // V=2, no padding, no extension, no CSRCs
  b[1] = (marker ? 0x80 : 0) | (pt & 0x7f);
  b.writeUInt16BE(seq & 0xffff, 2);
  b.writeUInt32BE(ts >>> 0, 4);
  b.writeUInt32BE(ssrc >>> 0, 8);
}

/** RTP header + VP8 payload descriptor (+ payload header on a frame's first packet). */
export function buildVp8Header(f: Vp8PacketFields): Buffer {
  const payloadHeader = f.start ? (f.keyFrame ? 10 : 3) : 0;
  const b = Buffer.allocUnsafe(RTP_HEADER + VP8_DESCRIPTOR + payloadHeader);
  writeRtpHeader(b, f.payloadType, f.marker, f.seq, f.timestamp, f.ssrc);
  let o = RTP_HEADER;
  b[o++] = 0x80 | (f.start ? 0x10 : 0); // X=1, N=0, S, PID=0
  b[o++] = 0xe0; // I=1, L=1, T=1, K=0
  b[o++] = 0x80 | ((f.pictureId >> 8) & 0x7f); // M=1: 15-bit picture ID
  b[o++] = f.pictureId & 0xff;
  b[o++] = f.tl0PicIdx & 0xff;
  b[o++] = 0x20; // TID=0, Y=1, KEYIDX=0
  if (!f.start) return b;
  // Frame tag: P (inverse keyframe) bit, version 0, show_frame=1, first partition size.
  const firstPartitionSize = 200;
  const tag = (f.keyFrame ? 0 : 1) | (1 << 4) | (firstPartitionSize << 5);
  b[o++] = tag & 0xff;
  b[o++] = (tag >> 8) & 0xff;
  b[o++] = (tag >> 16) & 0xff;
  if (f.keyFrame) {
    b[o++] = 0x9d; // keyframe start code
    b[o++] = 0x01;
    b[o++] = 0x2a;
    b.writeUInt16LE(f.width & 0x3fff, o); // 14-bit width, horizontal scale 0
    b.writeUInt16LE(f.height & 0x3fff, o + 2);
  }
  return b;
}

/** The id the producers signal for urn:ietf:params:rtp-hdrext:ssrc-audio-level (RFC 6464). */
export const AUDIO_LEVEL_EXT_ID = 1;

/**
 * RTP header + a one-byte-header extension block carrying the audio level (as Chrome sends it,
 * so the desk's AudioLevelObserver does its real work) + Opus TOC byte (config 15: hybrid
 * fullband 20 ms, mono, one frame).
 */
export function buildOpusHeader(
  payloadType: number,
  seq: number,
  timestamp: number,
  ssrc: number,
  levelDbov: number,
): Buffer {
  const b = Buffer.allocUnsafe(RTP_HEADER + 8 + 1);
  writeRtpHeader(b, payloadType, false, seq, timestamp, ssrc);
  b[0] = 0x90; // X=1
  b.writeUInt16BE(0xbede, RTP_HEADER); // RFC 8285 one-byte header profile
  b.writeUInt16BE(1, RTP_HEADER + 2); // one 32-bit word of extensions
  b[RTP_HEADER + 4] = (AUDIO_LEVEL_EXT_ID << 4) | 0; // L=0: one data byte
  b[RTP_HEADER + 5] = 0x80 | (levelDbov & 0x7f); // V=1 (voice), level in -dBov
  b[RTP_HEADER + 6] = 0; // padding
  b[RTP_HEADER + 7] = 0;
  b[RTP_HEADER + 8] = 0x78;
  return b;
}

const NTP_EPOCH_OFFSET = 2208988800;

export function buildSenderReport(
  ssrc: number,
  wallMs: number,
  rtpTs: number,
  packets: number,
  octets: number,
): Buffer {
  const b = Buffer.alloc(28);
  b[0] = 0x80; // V=2, RC=0
  b[1] = 200; // SR
  b.writeUInt16BE(6, 2); // length in 32-bit words minus one
  b.writeUInt32BE(ssrc >>> 0, 4);
  b.writeUInt32BE((Math.floor(wallMs / 1000) + NTP_EPOCH_OFFSET) >>> 0, 8);
  b.writeUInt32BE(Math.floor(((wallMs % 1000) / 1000) * 0x100000000) >>> 0, 12);
  b.writeUInt32BE(rtpTs >>> 0, 16);
  b.writeUInt32BE(packets >>> 0, 20);
  b.writeUInt32BE(octets >>> 0, 24);
  return b;
}

/** Media SSRCs asked for a keyframe (PLI, RFC 4585 §6.3.1; FIR, RFC 5104 §4.3.1) in compound RTCP. */
export function parseKeyFrameRequests(msg: Buffer): number[] {
  const out: number[] = [];
  let o = 0;
  while (o + 4 <= msg.length) {
    if (msg[o]! >> 6 !== 2) break;
    const fmt = msg[o]! & 0x1f;
    const pt = msg[o + 1]!;
    const len = (msg.readUInt16BE(o + 2) + 1) * 4;
    if (pt < 192 || pt > 223 || o + len > msg.length) break; // not RTCP, or truncated
    if (pt === 206 && fmt === 1 && len >= 12) out.push(msg.readUInt32BE(o + 8));
    if (pt === 206 && fmt === 4) for (let f = o + 12; f + 8 <= o + len; f += 8) out.push(msg.readUInt32BE(f));
    o += len;
  }
  return out;
}

/** RTP (not RTCP) packets' SSRC, for the sinks; RFC 5761 §4 tells the two apart by the PT byte. */
export function rtpSsrc(msg: Buffer): number | null {
  if (msg.length < RTP_HEADER + 4 || msg[0]! >> 6 !== 2) return null;
  const pt = msg[1]!;
  if (pt >= 192 && pt <= 223) return null;
  return msg.readUInt32BE(8);
}

/**
 * Every RTP packet ends with a 4-byte send stamp (0.1 ms units of performance.now()). mediasoup
 * never touches payload bytes past the VP8 descriptor, nor Opus payloads, so the stamp arrives
 * intact and loss can be counted by *send* time: a packet still queued in a socket when the
 * window closes is waited for, not miscounted as lost (which matters when the bench is starved).
 */
export const stampNow = (): number => Math.floor(performance.now() * 10) >>> 0;

export function stampOf(msg: Buffer): number {
  return msg.readUInt32BE(msg.length - 4);
}

/** Which send stamps count: [from, to). Shared by the generator and the sinks. */
export class StampWindow {
  from = Infinity;
  to = Infinity;
  contains(stamp: number): boolean {
    return stamp >= this.from && stamp < this.to;
  }
}
