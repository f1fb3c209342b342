import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The renderer, served by the branch server under /kiosk/ (and loaded from there by Electron).
export default defineConfig({
  root: 'src/renderer',
  base: '/kiosk/',
  plugins: [react()],
  resolve: { conditions: ['source'] },
  // The booth reports its version in its heartbeat, so branch IT sees which booths lag behind.
  define: { __BILIK_KIOSK_VERSION__: JSON.stringify(version) },
  build: { outDir: '../../dist/renderer', emptyOutDir: true, target: 'chrome120', sourcemap: true },
});
