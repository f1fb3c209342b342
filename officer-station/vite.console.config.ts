import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The branch console (supervisors, branch IT): a second React entry of this package, served by
// the branch server under /console/ with the same CSP as the desk.
export default defineConfig({
  root: 'src/console',
  base: '/console/',
  plugins: [react()],
  resolve: { conditions: ['source'] },
  build: { outDir: '../../dist/console', emptyOutDir: true, target: 'chrome120', sourcemap: true },
});
