// The desktop build: main (ESM), the sandboxed preload (CommonJS), and the renderer.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: { outDir: 'out/main', rollupOptions: { input: { index: 'electron/main/index.ts' } } },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: 'electron/preload/index.ts' }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    assetsInclude: ['**/*.xlsx'],
    build: { outDir: 'out/renderer', rollupOptions: { input: 'renderer/index.html' }, chunkSizeWarningLimit: 4000 },
  },
});
