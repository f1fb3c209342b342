import { describe, expect, it } from 'vitest';
import { AdminEvents, AdminSchemas } from './admin.js';
import { BoothEvents, BoothSchemas, MAX_CAPTURE_BYTES } from './booth.js';
import { BoothAuth, EnrollRequest, LoginRequest, OfficerAuth } from './http.js';
import { MediaEvents, MediaSchemas } from './media.js';
import { OfficerEvents, OfficerSchemas } from './officer.js';

// Every schema: at least one payload it must accept and several it must refuse.
const bytes = (n: number) => new Uint8Array(n);
const label = (v: unknown) =>
  JSON.stringify(v, (_, x: unknown) => (x instanceof Uint8Array ? `bytes(${x.length})` : x));
const cases: [string, { safeParse(v: unknown): { success: boolean } }, unknown[], unknown[]][] = [
  [
    BoothEvents.checkIn,
    BoothSchemas[BoothEvents.checkIn],
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
    BoothSchemas[BoothEvents.consent],
    [{ accepted: true }, { accepted: false }],
    [{ accepted: 'yes' }, {}],
  ],
  [
    BoothEvents.chooseClaim,
    BoothSchemas[BoothEvents.chooseClaim],
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
    BoothSchemas[BoothEvents.uploadCapture],
    [{ documentKind: 'ektp', mimeType: 'image/jpeg', data: bytes(10) }],
    [
      { documentKind: 'ektp', mimeType: 'image/gif', data: bytes(10) },
      { documentKind: 'ektp', mimeType: 'image/jpeg', data: bytes(0) },
      { documentKind: 'ektp', mimeType: 'image/jpeg', data: bytes(MAX_CAPTURE_BYTES + 1) },
      { documentKind: 'ektp', mimeType: 'image/jpeg', data: 'abc' },
    ],
  ],
  [BoothEvents.callHelp, BoothSchemas[BoothEvents.callHelp], [{}], [{ now: true }, 'help']],
  [BoothEvents.finish, BoothSchemas[BoothEvents.finish], [{}], [[], { wipe: 1 }]],
  [BoothEvents.getState, BoothSchemas[BoothEvents.getState], [{}], [{ sessionId: 'x' }]],
  [
    OfficerEvents.openDesk,
    OfficerSchemas[OfficerEvents.openDesk],
    [{ slots: 1 }, { slots: 4 }, { slots: 6 }],
    [{ slots: 2 }, { slots: 7 }, { slots: '4' }],
  ],
  [OfficerEvents.closeDesk, OfficerSchemas[OfficerEvents.closeDesk], [{}], [{ force: true }]],
  [
    OfficerEvents.focus,
    OfficerSchemas[OfficerEvents.focus],
    [{ sessionId: 's1' }, { sessionId: null }],
    [{}, { sessionId: '' }, { sessionId: 'x'.repeat(65) }],
  ],
  [
    OfficerEvents.request,
    OfficerSchemas[OfficerEvents.request],
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
    OfficerSchemas[OfficerEvents.verifyDocument],
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
    OfficerSchemas[OfficerEvents.note],
    [{ sessionId: 's', text: 'KTP asli diperlihatkan' }],
    [
      { sessionId: 's', text: '' },
      { sessionId: 's', text: 'x'.repeat(2001) },
    ],
  ],
  [
    OfficerEvents.decide,
    OfficerSchemas[OfficerEvents.decide],
    [
      { sessionId: 's', decision: 'approved', reason: null, missing: [] },
      { sessionId: 's', decision: 'pending', reason: null, missing: ['npwp'] },
      { sessionId: 's', decision: 'rejected', reason: 'PHK fiktif', missing: [] },
      { sessionId: 's', decision: 'escalated', reason: null, missing: [] },
    ],
    [
      { sessionId: 's', decision: 'rejected', reason: null, missing: [] },
      { sessionId: 's', decision: 'pending', reason: null, missing: [] },
      { sessionId: 's', decision: 'paid', reason: null, missing: [] },
      { sessionId: 's', decision: 'approved', reason: null },
    ],
  ],
  [
    OfficerEvents.handOff,
    OfficerSchemas[OfficerEvents.handOff],
    [{ sessionId: 's', toDeskId: 'd' }],
    [{ sessionId: 's' }, { sessionId: 's', toDeskId: 7 }],
  ],
  [OfficerEvents.listDesks, OfficerSchemas[OfficerEvents.listDesks], [{}], [{ all: 1 }]],
  [
    OfficerEvents.getCapture,
    OfficerSchemas[OfficerEvents.getCapture],
    [{ captureId: 'c' }],
    [{}, { captureId: '' }],
  ],
  [
    OfficerEvents.uploadCapture,
    OfficerSchemas[OfficerEvents.uploadCapture],
    [{ sessionId: 's', documentKind: 'ektp', mimeType: 'image/png', data: bytes(5) }],
    [{ sessionId: 's', documentKind: 'ektp', mimeType: 'image/png' }],
  ],
  [MediaEvents.getRouterCapabilities, MediaSchemas[MediaEvents.getRouterCapabilities], [{}], [{ x: 1 }]],
  [
    MediaEvents.createTransport,
    MediaSchemas[MediaEvents.createTransport],
    [{ direction: 'send' }, { direction: 'recv' }],
    [{ direction: 'both' }, {}],
  ],
  [
    MediaEvents.connectTransport,
    MediaSchemas[MediaEvents.connectTransport],
    [{ transportId: 't', dtlsParameters: { role: 'client', fingerprints: [] } }],
    [{ transportId: 't' }, { transportId: 't', dtlsParameters: 'x' }],
  ],
  [
    MediaEvents.produce,
    MediaSchemas[MediaEvents.produce],
    [{ transportId: 't', kind: 'video', rtpParameters: { codecs: [] }, source: 'camera' }],
    [
      { transportId: 't', kind: 'data', rtpParameters: {}, source: 'camera' },
      { transportId: 't', kind: 'video', rtpParameters: {}, source: 'screen' },
    ],
  ],
  [MediaEvents.closeProducer, MediaSchemas[MediaEvents.closeProducer], [{ producerId: 'p' }], [{}]],
  [
    MediaEvents.consume,
    MediaSchemas[MediaEvents.consume],
    [{ producerId: 'p', rtpCapabilities: {} }],
    [{ producerId: 'p' }, { producerId: 'p', rtpCapabilities: [] }],
  ],
  [
    MediaEvents.resumeConsumer,
    MediaSchemas[MediaEvents.resumeConsumer],
    [{ consumerId: 'c' }],
    [{ consumerId: 1 }],
  ],
  [
    MediaEvents.restartIce,
    MediaSchemas[MediaEvents.restartIce],
    [{ transportId: 't' }],
    [{ transportId: '' }, { transportId: 't', iceParameters: {} }, {}],
  ],
  [
    AdminEvents.issueEnrollmentCode,
    AdminSchemas[AdminEvents.issueEnrollmentCode],
    [{ boothName: 'Bilik 3' }],
    [{ boothName: '' }, {}],
  ],
  [
    AdminEvents.createOfficer,
    AdminSchemas[AdminEvents.createOfficer],
    [{ username: 'rina.k', displayName: 'Rina', staffId: 'CSO-1', password: 'panjang sekali', role: 'cso' }],
    [
      { username: 'Rina K', displayName: 'Rina', staffId: 'CSO-1', password: 'panjang sekali', role: 'cso' },
      { username: 'rina', displayName: 'Rina', staffId: 'CSO-1', password: 'short', role: 'cso' },
      { username: 'rina', displayName: 'Rina', staffId: 'CSO-1', password: 'panjang sekali', role: 'root' },
    ],
  ],
  [AdminEvents.verifyAudit, AdminSchemas[AdminEvents.verifyAudit], [{}], [{ fix: true }]],
  [
    AdminEvents.claimReport,
    AdminSchemas[AdminEvents.claimReport],
    [{ from: '2026-01-01', to: '2026-08-31' }],
    [
      { from: '2026-13-01', to: '2026-08-31' },
      { from: 'yesterday', to: 'today' },
    ],
  ],
  [
    'http login',
    LoginRequest,
    [{ username: 'cso1', password: 'x' }],
    [{ username: 'cso1' }, { username: '', password: 'x' }],
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
      ...Object.values(BoothEvents),
      ...Object.values(OfficerEvents),
      ...Object.values(MediaEvents),
      ...Object.values(AdminEvents),
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
