import {
  AdminEvents,
  BoothEvents,
  OfficerEvents,
  type AdminContract,
  type BoothContract,
  type BoothSessionView,
  type DeskView,
  type OfficerContract,
} from '@bilik/shared';
import { request, type ContractSocket } from '@bilik/shared/client';
import { io } from 'socket.io-client';
import { e2eAgent } from '../../e2e/support/branchTrust.js';
import { send } from '../../sfu-server/src/test-support/branchClient.js';
import { DEMO_PARTICIPANTS } from '../../sfu-server/src/seedDemo.js';

// Benchmark clients use the same HTTPS and socket.io paths as the real apps, trusting the test
// branch CA the benchmark's server runs under.
const agent = await e2eAgent();

async function post<T>(url: string, body: unknown): Promise<T> {
  const json = JSON.parse((await send(url, { agent, json: body })).body) as T & {
    ok: boolean;
    message?: string;
  };
  if (!json.ok) throw new Error(`${url}: ${json.message}`);
  return json;
}

type Namespaces = { '/booth': BoothContract; '/officer': OfficerContract; '/admin': AdminContract };

export function connect<N extends keyof Namespaces>(
  url: string,
  ns: N,
  auth: object,
  options: { reconnection?: boolean } = {},
): Promise<ContractSocket<Namespaces[N]>> {
  const socket = io(`${url}${ns}`, {
    auth,
    transports: ['websocket'],
    forceNew: true,
    reconnection: options.reconnection ?? false,
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
    agent: agent as never,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export async function login(url: string, username: string, password: string): Promise<string> {
  return (await post<{ token: string }>(`${url}/api/officer/login`, { username, password })).token;
}

/** Creates `count` CSO accounts through the admin namespace; returns their credentials. */
export async function createOfficers(
  url: string,
  count: number,
): Promise<{ username: string; password: string }[]> {
  const admin = await connect(url, '/admin', { token: await login(url, 'admin', 'admin-demo-pass') });
  const out = [];
  for (let i = 0; i < count; i++) {
    const o = { username: `bench.cso${i}`, password: `bench-password-${i}` };
    await request(admin, AdminEvents.createOfficer, {
      ...o,
      displayName: `Bench CSO ${i}`,
      staffId: `B-${i}`,
      role: 'cso',
    });
    out.push(o);
  }
  admin.disconnect();
  return out;
}

/** Enrolls `count` booths (admin issues a code, the booth redeems it over HTTP). */
export async function enrollBooths(url: string, count: number): Promise<string[]> {
  const admin = await connect(url, '/admin', { token: await login(url, 'admin', 'admin-demo-pass') });
  const tokens = [];
  for (let i = 0; i < count; i++) {
    const { code } = await request(admin, AdminEvents.issueEnrollmentCode, {
      boothName: `Bench booth ${i}`,
    });
    tokens.push((await post<{ deviceToken: string }>(`${url}/api/booth/enroll`, { code })).deviceToken);
  }
  admin.disconnect();
  return tokens;
}

export async function queueParticipant(
  booth: ContractSocket<BoothContract>,
  i: number,
): Promise<BoothSessionView> {
  const p = DEMO_PARTICIPANTS[i % DEMO_PARTICIPANTS.length]!;
  await request(booth, BoothEvents.checkIn, { method: 'nikKpj', nik: p.nik, kpj: p.kpj });
  await request(booth, BoothEvents.consent, { accepted: true });
  return (
    await request(booth, BoothEvents.chooseClaim, {
      claimType: 'JHT',
      reason: 'resignation',
      priorityNeed: null,
    })
  ).session;
}

export async function openDesk(
  officer: ContractSocket<OfficerContract>,
  slots: 1 | 4 | 5 | 6,
): Promise<DeskView> {
  return (await request(officer, OfficerEvents.openDesk, { slots })).desk;
}
