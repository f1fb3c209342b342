import { defineConfig } from 'vite';

// Sandboxed Electron preloads must be a single CommonJS file that requires only 'electron'.
export default defineConfig({
  resolve: { conditions: ['source'] },
  build: {
    outDir: 'dist/electron/preload',
    emptyOutDir: false,
    target: 'node20',
    lib: { entry: 'src/preload/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: { external: ['electron'] },
  },
});
