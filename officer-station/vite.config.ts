import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer, served by the branch server under /officer/ (and loaded from there by Electron).
export default defineConfig({
  root: 'src/renderer',
  base: '/officer/',
  plugins: [react()],
  resolve: { conditions: ['source'] },
  build: { outDir: '../../dist/renderer', emptyOutDir: true, target: 'chrome120', sourcemap: true },
});
