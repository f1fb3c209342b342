import { z } from 'zod';
import { Id, PriorityNeed } from './common.js';
import { contract } from './contract.js';
import { mediaContract } from './media.js';
import { PresenceEvents, presenceEvents } from './presence.js';
import { BoothOutcome, BoothRequest, BoothSessionView, QueuePlace } from './views.js';

export const ClaimTypeSchema = z.enum(['JHT', 'JKK', 'JKM', 'JP']);

export const BoothEvents = {
  checkIn: 'booth:checkIn',
  consent: 'booth:consent',
  chooseClaim: 'booth:chooseClaim',
  uploadCapture: 'booth:uploadCapture',
  callHelp: 'booth:callHelp',
  finish: 'booth:finish',
  getState: 'booth:getState',
  heartbeat: 'booth:heartbeat',
} as const;

/** How often a booth reports its devices to the branch server (branch IT's booth list). */
export const HEARTBEAT_INTERVAL_MS = 30_000;

/** A booth device as the booth itself sees it; 'unknown' where the host cannot tell (a browser's wedge reader). */
export const DeviceState = z.enum(['ok', 'missing', 'unknown']);
export type DeviceState = z.infer<typeof DeviceState>;

export const BoothDevices = z
  .object({ camera: DeviceState, documentCamera: DeviceState, barcodeReader: DeviceState })
  .strict();
export type BoothDevices = z.infer<typeof BoothDevices>;

export const HeartbeatRequest = z
  .object({ appVersion: z.string().min(1).max(40), devices: BoothDevices })
  .strict();
export type HeartbeatRequest = z.infer<typeof HeartbeatRequest>;

export const BoothPush = {
  state: 'booth:state',
  request: 'booth:request',
  outcome: 'booth:outcome',
  /** Only the place in line and the ETA, when the queue moves and nothing else changed. */
  queue: 'booth:queue',
} as const;

/** A capture travels as binary; 8 MiB covers a 300 dpi A4 JPEG with room to spare. */
export const MAX_CAPTURE_BYTES = 8 * 1024 * 1024;
export const CaptureBytes = z.custom<Uint8Array>(
  (b) => b instanceof Uint8Array && b.byteLength > 0 && b.byteLength <= MAX_CAPTURE_BYTES,
  `capture must be 1 byte to ${MAX_CAPTURE_BYTES} bytes`,
);
export const CaptureMimeType = z.enum(['image/jpeg', 'image/png', 'image/webp']);
/** A capture on its way back to a client: Node's socket.io gives a Buffer, a browser's an ArrayBuffer. */
export const CaptureData = z.custom<Uint8Array | ArrayBuffer>(
  (v) => (v instanceof Uint8Array || v instanceof ArrayBuffer) && v.byteLength > 0,
  'capture bytes',
);

const Empty = z.object({}).strict();
const Session = z.object({ session: BoothSessionView });

/** The /booth namespace: one socket per enrolled booth PC. */
export const boothContract = contract({
  events: {
    [BoothEvents.checkIn]: {
      request: z.discriminatedUnion('method', [
        z.object({ method: z.literal('nikKpj'), nik: z.string().max(32), kpj: z.string().max(32) }).strict(),
        z.object({ method: z.literal('booking'), bookingCode: z.string().min(4).max(64) }).strict(),
      ]),
      response: Session,
    },
    [BoothEvents.consent]: { request: z.object({ accepted: z.boolean() }).strict(), response: Session },
    [BoothEvents.chooseClaim]: {
      request: z
        .object({
          claimType: ClaimTypeSchema,
          reason: z.string().min(1).max(40),
          priorityNeed: PriorityNeed.nullable(),
        })
        .strict(),
      response: Session,
    },
    [BoothEvents.uploadCapture]: {
      request: z
        .object({ documentKind: z.string().min(1).max(40), mimeType: CaptureMimeType, data: CaptureBytes })
        .strict(),
      response: z.object({ captureId: Id }),
      binary: true,
    },
    [BoothEvents.callHelp]: { request: Empty, response: Empty },
    [BoothEvents.finish]: { request: Empty, response: Empty },
    /** The booth's current session view (also pushed on every change and on connect). */
    [BoothEvents.getState]: { request: Empty, response: z.object({ session: BoothSessionView.nullable() }) },
    /** Every HEARTBEAT_INTERVAL_MS and on connect: the app's version and its devices, for branch IT. */
    [BoothEvents.heartbeat]: { request: HeartbeatRequest, response: Empty },
    [PresenceEvents.setPresence]: presenceEvents[PresenceEvents.setPresence],
    ...mediaContract.events,
  },
  pushes: {
    [BoothPush.state]: BoothSessionView.nullable(),
    [BoothPush.request]: BoothRequest,
    [BoothPush.outcome]: BoothOutcome,
    [BoothPush.queue]: QueuePlace,
    ...mediaContract.pushes,
  },
});
export type BoothContract = typeof boothContract;
