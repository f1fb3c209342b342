import { describe, expect, it } from 'vitest';
import { AdminEvents, adminContract } from './admin.js';
import { BoothEvents, MAX_CAPTURE_BYTES, boothContract } from './booth.js';
import {
  BoothAuth,
  ChangePasswordRequest,
  EnrollRequest,
  LoginRequest,
  OfficerAuth,
  SetupRequest,
} from './http.js';
import { MediaEvents, mediaContract } from './media.js';
import { OfficerEvents, officerContract } from './officer.js';
import { PresenceEvents, presenceEvents } from './presence.js';

// Every schema: at least one payload it must accept and several it must refuse.
const bytes = (n: number) => new Uint8Array(n);
const label = (v: unknown) =>
  JSON.stringify(v, (_, x: unknown) => (x instanceof Uint8Array ? `bytes(${x.length})` : x));
const cases: [string, { safeParse(v: unknown): { success: boolean } }, unknown[], unknown[]][] = [
  [
    BoothEvents.checkIn,
    boothContract.events[BoothEvents.checkIn].request,
    [
      { method: 'nikKpj', nik: '3173054512900003', kpj: '12345678901' },
      { method: 'booking', bookingCode: 'BLK-2026-000123' },
    ],
    [
      {},
      { method: 'nikKpj', nik: '1' },
      { method: 'booking', bookingCode: 'x' },
      { method: 'face' },
      { method: 'nikKpj', nik: 'a', kpj: 'b', extra: 1 },
      null,
    ],
  ],
  [
    BoothEvents.consent,
    boothContract.events[BoothEvents.consent].request,
    [{ accepted: true }, { accepted: false }],
    [{ accepted: 'yes' }, {}],
  ],
  [
    BoothEvents.chooseClaim,
    boothContract.events[BoothEvents.chooseClaim].request,
    [
      { claimType: 'JHT', reason: 'age56', priorityNeed: null },
      { claimType: 'JKM', reason: 'standard', priorityNeed: 'elderly' },
    ],
    [
      { claimType: 'XYZ', reason: 'age56', priorityNeed: null },
      { claimType: 'JHT', reason: '', priorityNeed: null },
      { claimType: 'JHT', reason: 'age56', priorityNeed: 'vip' },
      { claimType: 'JHT', reason: 'age56' },
    ],
  ],
  [
    BoothEvents.uploadCapture,
    boothContract.events[BoothEvents.uploadCapture].request,
    [{ documentKind: 'ektp', mimeType: 'image/jpeg', data: bytes(10) }],
    [
      { documentKind: 'ektp', mimeType: 'image/gif', data: bytes(10) },
      { documentKind: 'ektp', mimeType: 'image/jpeg', data: bytes(0) },
      { documentKind: 'ektp', mimeType: 'image/jpeg', data: bytes(MAX_CAPTURE_BYTES + 1) },
      { documentKind: 'ektp', mimeType: 'image/jpeg', data: 'abc' },
    ],
  ],
  [BoothEvents.callHelp, boothContract.events[BoothEvents.callHelp].request, [{}], [{ now: true }, 'help']],
  [BoothEvents.finish, boothContract.events[BoothEvents.finish].request, [{}], [[], { wipe: 1 }]],
  [BoothEvents.getState, boothContract.events[BoothEvents.getState].request, [{}], [{ sessionId: 'x' }]],
  [
    OfficerEvents.openDesk,
    officerContract.events[OfficerEvents.openDesk].request,
    [{ slots: 1 }, { slots: 4 }, { slots: 6 }],
    [{ slots: 2 }, { slots: 7 }, { slots: '4' }],
  ],
  [OfficerEvents.closeDesk, officerContract.events[OfficerEvents.closeDesk].request, [{}], [{ force: true }]],
  [
    OfficerEvents.focus,
    officerContract.events[OfficerEvents.focus].request,
    [{ sessionId: 's1' }, { sessionId: null }],
    [{}, { sessionId: '' }, { sessionId: 'x'.repeat(65) }],
  ],
  [
    OfficerEvents.request,
    officerContract.events[OfficerEvents.request].request,
    [
      { sessionId: 's', kind: 'showDocument', documentKind: 'ektp' },
      { sessionId: 's', kind: 'holdCloser', documentKind: null },
    ],
    [
      { sessionId: 's', kind: 'dance', documentKind: null },
      { sessionId: 's', kind: 'turnOver' },
    ],
  ],
  [
    OfficerEvents.verifyDocument,
    officerContract.events[OfficerEvents.verifyDocument].request,
    [
      { sessionId: 's', documentKind: 'ektp', verdict: 'verified', reason: null },
      { sessionId: 's', documentKind: 'ektp', verdict: 'rejected', reason: 'fotokopi, bukan asli' },
    ],
    [
      { sessionId: 's', documentKind: 'ektp', verdict: 'rejected', reason: null },
      { sessionId: 's', documentKind: 'ektp', verdict: 'rejected', reason: '  ' },
      { sessionId: 's', documentKind: 'ektp', verdict: 'maybe', reason: null },
    ],
  ],
  [
    OfficerEvents.note,
    officerContract.events[OfficerEvents.note].request,
    [{ sessionId: 's', text: 'KTP asli diperlihatkan' }],
    [
      { sessionId: 's', text: '' },
      { sessionId: 's', text: 'x'.repeat(2001) },
    ],
  ],
  [
    OfficerEvents.decide,
    officerContract.events[OfficerEvents.decide].request,
    [
      { sessionId: 's', decision: 'approved', reason: null, missing: [], amount: 42_500_000 },
      { sessionId: 's', decision: 'pending', reason: null, missing: ['npwp'] },
      { sessionId: 's', decision: 'rejected', reason: 'PHK fiktif', missing: [] },
      { sessionId: 's', decision: 'escalated', reason: null, missing: [] },
    ],
    [
      { sessionId: 's', decision: 'rejected', reason: null, missing: [] },
      { sessionId: 's', decision: 'pending', reason: null, missing: [] },
      { sessionId: 's', decision: 'paid', reason: null, missing: [] },
      { sessionId: 's', decision: 'approved', reason: null },
      { sessionId: 's', decision: 'approved', reason: null, missing: [] },
      { sessionId: 's', decision: 'approved', reason: null, missing: [], amount: 0 },
      { sessionId: 's', decision: 'approved', reason: null, missing: [], amount: 1.5 },
    ],
  ],
  [
    OfficerEvents.handOff,
    officerContract.events[OfficerEvents.handOff].request,
    [{ sessionId: 's', toDeskId: 'd' }],
    [{ sessionId: 's' }, { sessionId: 's', toDeskId: 7 }],
  ],
  [OfficerEvents.listDesks, officerContract.events[OfficerEvents.listDesks].request, [{}], [{ all: 1 }]],
  [
    OfficerEvents.getCapture,
    officerContract.events[OfficerEvents.getCapture].request,
    [{ captureId: 'c' }],
    [{}, { captureId: '' }],
  ],
  [
    OfficerEvents.uploadCapture,
    officerContract.events[OfficerEvents.uploadCapture].request,
    [{ sessionId: 's', documentKind: 'ektp', mimeType: 'image/png', data: bytes(5) }],
    [{ sessionId: 's', documentKind: 'ektp', mimeType: 'image/png' }],
  ],
  [
    MediaEvents.getRouterCapabilities,
    mediaContract.events[MediaEvents.getRouterCapabilities].request,
    [{}],
    [{ x: 1 }],
  ],
  [
    MediaEvents.createTransport,
    mediaContract.events[MediaEvents.createTransport].request,
    [{ direction: 'send' }, { direction: 'recv' }],
    [{ direction: 'both' }, {}],
  ],
  [
    MediaEvents.connectTransport,
    mediaContract.events[MediaEvents.connectTransport].request,
    [{ transportId: 't', dtlsParameters: { role: 'client', fingerprints: [] } }],
    [{ transportId: 't' }, { transportId: 't', dtlsParameters: 'x' }],
  ],
  [
    MediaEvents.produce,
    mediaContract.events[MediaEvents.produce].request,
    [{ transportId: 't', kind: 'video', rtpParameters: { codecs: [] }, source: 'camera' }],
    [
      { transportId: 't', kind: 'data', rtpParameters: {}, source: 'camera' },
      { transportId: 't', kind: 'video', rtpParameters: {}, source: 'screen' },
    ],
  ],
  [
    MediaEvents.closeProducer,
    mediaContract.events[MediaEvents.closeProducer].request,
    [{ producerId: 'p' }],
    [{}],
  ],
  [
    MediaEvents.consume,
    mediaContract.events[MediaEvents.consume].request,
    [{ producerId: 'p', rtpCapabilities: {} }],
    [{ producerId: 'p' }, { producerId: 'p', rtpCapabilities: [] }],
  ],
  [
    MediaEvents.resumeConsumer,
    mediaContract.events[MediaEvents.resumeConsumer].request,
    [{ consumerId: 'c' }],
    [{ consumerId: 1 }],
  ],
  [
    MediaEvents.restartIce,
    mediaContract.events[MediaEvents.restartIce].request,
    [{ transportId: 't' }],
    [{ transportId: '' }, { transportId: 't', iceParameters: {} }, {}],
  ],
  [
    AdminEvents.issueEnrollmentCode,
    adminContract.events[AdminEvents.issueEnrollmentCode].request,
    [{ boothName: 'Bilik 3' }],
    [{ boothName: '' }, {}],
  ],
  [
    AdminEvents.createOfficer,
    adminContract.events[AdminEvents.createOfficer].request,
    [{ username: 'rina.k', displayName: 'Rina', staffId: 'CSO-1', password: 'panjang sekali', role: 'cso' }],
    [
      { username: 'Rina K', displayName: 'Rina', staffId: 'CSO-1', password: 'panjang sekali', role: 'cso' },
      { username: 'rina', displayName: 'Rina', staffId: 'CSO-1', password: 'short', role: 'cso' },
      { username: 'rina', displayName: 'Rina', staffId: 'CSO-1', password: 'panjang sekali', role: 'root' },
    ],
  ],
  [AdminEvents.verifyAudit, adminContract.events[AdminEvents.verifyAudit].request, [{}], [{ fix: true }]],
  [
    AdminEvents.report,
    adminContract.events[AdminEvents.report].request,
    [
      { from: '2026-01-01', to: '2026-08-31' },
      { from: '2026-03-01', to: '2026-03-31', claimType: 'JKM' },
    ],
    [
      { from: '2026-13-01', to: '2026-08-31' },
      { from: 'yesterday', to: 'today' },
      { from: '2026-03-31', to: '2026-03-01' },
      { from: '2026-03-01', to: '2026-03-31', claimType: 'JHT2' },
    ],
  ],
  [AdminEvents.getBoard, adminContract.events[AdminEvents.getBoard].request, [{}], [{ desk: 'd1' }]],
  [AdminEvents.listBooths, adminContract.events[AdminEvents.listBooths].request, [{}], [{ all: true }]],
  [
    AdminEvents.revokeBooth,
    adminContract.events[AdminEvents.revokeBooth].request,
    [{ boothId: 'b1' }],
    [{ boothId: '' }, {}],
  ],
  [AdminEvents.listOfficers, adminContract.events[AdminEvents.listOfficers].request, [{}], [{ role: 'cso' }]],
  [
    AdminEvents.setOfficerDisabled,
    adminContract.events[AdminEvents.setOfficerDisabled].request,
    [{ officerId: 'o1', disabled: true }],
    [{ officerId: 'o1' }, { officerId: 'o1', disabled: 'yes' }],
  ],
  [
    AdminEvents.resetOfficerPassword,
    adminContract.events[AdminEvents.resetOfficerPassword].request,
    [{ officerId: 'o1', password: 'sementara-123' }],
    [{ officerId: 'o1', password: 'pendek' }, { officerId: 'o1' }],
  ],
  [AdminEvents.serverInfo, adminContract.events[AdminEvents.serverInfo].request, [{}], [{ x: 1 }]],
  [
    BoothEvents.heartbeat,
    boothContract.events[BoothEvents.heartbeat].request,
    [{ appVersion: '0.1.0', devices: { camera: 'ok', documentCamera: 'missing', barcodeReader: 'unknown' } }],
    [
      { appVersion: '0.1.0', devices: { camera: 'ok', documentCamera: 'ok' } },
      { appVersion: '', devices: { camera: 'ok', documentCamera: 'ok', barcodeReader: 'ok' } },
      { appVersion: '1', devices: { camera: 'broken', documentCamera: 'ok', barcodeReader: 'ok' } },
    ],
  ],
  [
    PresenceEvents.setPresence,
    presenceEvents[PresenceEvents.setPresence].request,
    [{ present: false }, { present: true }],
    [{ present: 'no' }, {}, { present: true, at: 1 }],
  ],
  [
    PresenceEvents.endSession,
    presenceEvents[PresenceEvents.endSession].request,
    [{ sessionId: 's1' }],
    [{ sessionId: '' }, {}, { sessionId: 's1', reason: 'x' }],
  ],
  [
    PresenceEvents.acknowledgeHelp,
    presenceEvents[PresenceEvents.acknowledgeHelp].request,
    [{ helpCallId: 'h1' }],
    [{ helpCallId: 1 }, {}],
  ],
  [
    'http login',
    LoginRequest,
    [{ username: 'cso1', password: 'x' }],
    [{ username: 'cso1' }, { username: '', password: 'x' }],
  ],
  [
    'http change password',
    ChangePasswordRequest,
    [{ username: 'cso1', password: 'lama', newPassword: 'baru-sekali-1' }],
    [
      { username: 'cso1', password: 'lama', newPassword: 'pendek' },
      { username: 'cso1', newPassword: 'x' },
    ],
  ],
  [
    'http setup',
    SetupRequest,
    [
      {
        token: 'A'.repeat(20),
        username: 'ti.cabang',
        displayName: 'TI',
        staffId: 'IT-1',
        password: 'x'.repeat(12),
      },
    ],
    [
      {
        token: 'A'.repeat(20),
        username: 'TI Cabang',
        displayName: 'TI',
        staffId: 'IT-1',
        password: 'x'.repeat(12),
      },
      { token: 'A'.repeat(20), username: 'ti', displayName: 'TI', staffId: 'IT-1', password: 'x'.repeat(12) },
      { username: 'ti.cabang', displayName: 'TI', staffId: 'IT-1', password: 'x'.repeat(12) },
    ],
  ],
  ['http enroll', EnrollRequest, [{ code: 'ABCD-EFGH' }], [{ code: 'AB' }, {}]],
  ['booth auth', BoothAuth, [{ deviceToken: 'x'.repeat(43) }], [{ deviceToken: 'short' }, {}]],
  [
    'officer auth',
    OfficerAuth,
    [{ token: 'x'.repeat(43) }],
    [{ token: 'x' }, { token: 'x'.repeat(43), role: 'admin' }],
  ],
];

describe('protocol schemas', () => {
  it('covers every event of every namespace', () => {
    const named = new Set(cases.map(([name]) => name));
    for (const event of [
      ...Object.keys(boothContract.events),
      ...Object.keys(officerContract.events),
      ...Object.keys(adminContract.events),
    ]) {
      expect(named, event).toContain(event);
    }
  });
  for (const [name, schema, valid, invalid] of cases) {
    it(`${name}: accepts valid and refuses invalid payloads`, () => {
      for (const v of valid) expect(schema.safeParse(v).success, label(v)).toBe(true);
      for (const v of invalid) expect(schema.safeParse(v).success, label(v)).toBe(false);
    });
  }
});
