import {
  BoothEvents,
  OfficerEvents,
  type BoothSessionView,
  type DeskView,
  type LoginResponse,
} from '@bilik/shared';
import { DEMO_OFFICERS, DEMO_PARTICIPANTS } from '../seedDemo.js';
import {
  connectSocket,
  ok,
  postJson,
  type AdminSocket,
  type BoothSocket,
  type OfficerSocket,
  type TestServer,
} from './testServer.js';

/** Enrolls a booth through the real admin → code → HTTP enrollment path and connects it. */
export async function enrolledBooth(
  server: TestServer,
  boothName: string,
): Promise<{ socket: BoothSocket; boothId: string; deviceToken: string }> {
  const { code } = server.branch.enrollment.issueCode(boothName, 'test');
  const r = await postJson<{ ok: true; deviceToken: string; boothId: string }>(server, '/api/booth/enroll', {
    code,
  });
  if (r.status !== 200) throw new Error(`enrollment failed: ${JSON.stringify(r.body)}`);
  const socket = await connectSocket(server, '/booth', { deviceToken: r.body.deviceToken });
  return { socket, boothId: r.body.boothId, deviceToken: r.body.deviceToken };
}

type DemoUsername = (typeof DEMO_OFFICERS)[number]['username'];

/** A demo officer's token (the demo accounts are created on first use). */
export async function demoToken(server: TestServer, username: DemoUsername): Promise<string> {
  const demo = DEMO_OFFICERS.find((o) => o.username === username)!;
  if (server.branch.officers.count() === 0)
    for (const o of DEMO_OFFICERS) await server.branch.officers.create(o, 'test');
  const r = await postJson<LoginResponse & { ok: true }>(server, '/api/officer/login', {
    username,
    password: demo.password,
  });
  if (r.status !== 200) throw new Error(`login failed: ${JSON.stringify(r.body)}`);
  return r.body.token;
}

export async function loggedInOfficer(
  server: TestServer,
  username: 'cso1' | 'cso2',
): Promise<{ socket: OfficerSocket; token: string }> {
  const token = await demoToken(server, username);
  return { socket: await connectSocket(server, '/officer', { token }), token };
}

/** A supervisor (sup1) or branch IT (admin) on the /admin namespace. */
export async function consoleUser(
  server: TestServer,
  username: 'sup1' | 'admin',
): Promise<{ socket: AdminSocket; token: string }> {
  const token = await demoToken(server, username);
  return { socket: await connectSocket(server, '/admin', { token }), token };
}

/** Walks a booth through check-in, consent and claim choice, so it joins the queue. */
export async function queuedParticipant(
  booth: BoothSocket,
  index = 0,
  priorityNeed: 'elderly' | null = null,
): Promise<BoothSessionView> {
  const p = DEMO_PARTICIPANTS[index % DEMO_PARTICIPANTS.length]!;
  await ok(booth, BoothEvents.checkIn, { method: 'nikKpj', nik: p.nik, kpj: p.kpj });
  await ok(booth, BoothEvents.consent, { accepted: true });
  const r = await ok(booth, BoothEvents.chooseClaim, {
    claimType: 'JHT',
    reason: 'resignation',
    priorityNeed,
  });
  return r.session;
}

export async function openDesk(officer: OfficerSocket, slots: 1 | 4 | 5 | 6): Promise<DeskView> {
  return (await ok(officer, OfficerEvents.openDesk, { slots })).desk;
}
