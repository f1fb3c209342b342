import { EventEmitter } from 'node:events';
import type { IpcMain, IpcRenderer, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { mainIpc, rendererIpc } from './typedIpc.js';

// Electron cannot start on this machine, so both ends are joined by a wire that behaves as
// Electron's does for what these helpers use: invoke → the one handler, send/on, sender frames.
type TestMap = {
  invoke: { add: { args: [a: number, b: number]; result: number } };
  send: { note: [text: string] };
  push: { scan: { text: string } };
};

function wire(senderUrl: string) {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const mainListeners = new EventEmitter();
  const event = { senderFrame: { url: senderUrl }, sender: 'the ipcRenderer the page must not see' };
  const ipcMain = {
    handle: (channel: string, h: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(channel, h),
    on: (channel: string, l: (...a: unknown[]) => void) => mainListeners.on(channel, l),
  } as unknown as IpcMain;
  const rendererListeners = new EventEmitter();
  const ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]) => handlers.get(channel)!(event, ...args),
    send: (channel: string, ...args: unknown[]) => mainListeners.emit(channel, event, ...args),
    on: (channel: string, l: (...a: unknown[]) => void) => rendererListeners.on(channel, l),
    removeListener: (channel: string, l: (...a: unknown[]) => void) => rendererListeners.off(channel, l),
  } as unknown as IpcRenderer;
  let destroyed = false;
  const webContents = {
    isDestroyed: () => destroyed,
    send: (channel: string, payload: unknown) => rendererListeners.emit(channel, event, payload),
  } as unknown as WebContents;
  return { ipcMain, ipcRenderer, webContents, destroy: () => (destroyed = true) };
}

const APP = 'https://bilik.branch.test';
const fromApp = (e: { senderFrame: { url: string } | null }) => e.senderFrame?.url.startsWith(APP) ?? false;

describe('typed IPC', () => {
  it('carries a request to its handler and the reply back', async () => {
    const w = wire(`${APP}/kiosk/`);
    mainIpc<TestMap>(w.ipcMain, fromApp).handle('add', (a, b) => Number(a) + Number(b));
    await expect(rendererIpc<TestMap>(w.ipcRenderer).invoke('add', 2, 3)).resolves.toBe(5);
  });

  it('refuses a page other than the app before the handler runs', async () => {
    const w = wire('https://elsewhere.example/');
    let ran = false;
    mainIpc<TestMap>(w.ipcMain, fromApp).handle('add', () => {
      ran = true;
      return 0;
    });
    await expect(rendererIpc<TestMap>(w.ipcRenderer).invoke('add', 1, 1)).rejects.toThrow(
      'IPC from an unexpected page',
    );
    expect(ran).toBe(false);
  });

  it('drops a notice from another page', () => {
    for (const [url, expected] of [
      [`${APP}/kiosk/`, ['hello']],
      ['https://elsewhere.example/', []],
    ] as const) {
      const w = wire(url);
      const got: unknown[] = [];
      mainIpc<TestMap>(w.ipcMain, fromApp).on('note', (text) => got.push(text));
      rendererIpc<TestMap>(w.ipcRenderer).send('note', 'hello');
      expect(got).toEqual(expected);
    }
  });

  it('pushes only the payload to the page, stops on unsubscribe and skips a closed window', () => {
    const w = wire(`${APP}/kiosk/`);
    const main = mainIpc<TestMap>(w.ipcMain, fromApp);
    const got: unknown[][] = [];
    const unsubscribe = rendererIpc<TestMap>(w.ipcRenderer).subscribe('scan', (...args) => got.push(args));
    main.push(w.webContents, 'scan', { text: 'KOL-12345678' });
    unsubscribe();
    main.push(w.webContents, 'scan', { text: 'after unsubscribe' });
    expect(got).toEqual([[{ text: 'KOL-12345678' }]]);
    w.destroy();
    expect(() => main.push(w.webContents, 'scan', { text: 'closed' })).not.toThrow();
  });
});

// Compile-time half, checked by `tsc -p tsconfig.tests.json` in `npm run lint`: every line below
// must fail to compile, or the unused @ts-expect-error fails the lint.
export function typedFromTheMap(w: ReturnType<typeof wire>): void {
  const main = mainIpc<TestMap>(w.ipcMain, fromApp);
  const renderer = rendererIpc<TestMap>(w.ipcRenderer);
  // @ts-expect-error a handler must return the map's result type
  main.handle('add', () => 'five');
  // @ts-expect-error unknown channel
  main.handle('subtract', () => 0);
  // @ts-expect-error arguments are checked in the renderer
  void renderer.invoke('add', 'two', 3);
  // @ts-expect-error a push carries the map's payload
  main.push(w.webContents, 'scan', { code: 1 });
}
