import { readFileSync, readlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../test-support/branchClient.js';
import { startTestServer, type TestServer } from '../test-support/testServer.js';

// The project's pins: .node-version (fetched by scripts/node-runtime/install.sh) and sfu-server's
// mediasoup dependency (scripts/mediasoup-worker/build.sh builds the worker for that version).
const pinnedNode = readFileSync(new URL('../../../.node-version', import.meta.url), 'utf8').trim();
const sfuPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  dependencies: { mediasoup: string };
};
const pinnedMediasoup = sfuPackage.dependencies.mediasoup;

describe('/health and the pinned runtime', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('reports the Node.js and mediasoup versions in use, which are the pinned ones', async () => {
    const reply = await send(`${server.url}/health`, { agent: server.agent });
    const health = JSON.parse(reply.body) as { versions: unknown };
    expect(health.versions).toEqual({ node: pinnedNode, mediasoup: pinnedMediasoup });
  });

  it('runs the worker binary built for the pinned mediasoup', () => {
    const pid = server.branch.workers.all[0]!.pid;
    expect(readlinkSync(`/proc/${pid}/exe`)).toMatch(
      new RegExp(`/mediasoup-worker/${pinnedMediasoup.replaceAll('.', '\\.')}/mediasoup-worker$`),
    );
  });
});
