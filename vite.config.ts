// The browser edition: the renderer built as a plain web app into out/web.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The sample rubric (renderer/src/samples) is bundled as a data: URL.
  assetsInclude: ['**/*.xlsx'],
  build: { outDir: '../out/web', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
