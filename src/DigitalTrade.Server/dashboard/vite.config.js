import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Builds the dashboard into the server's static files (../wwwroot), with stable file names so a
// rebuild replaces the previous files instead of adding more. `npm run dev` serves it with the API
// proxied to a server on :8080 (./run.sh serve).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../wwwroot', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    rollupOptions: {
      output: {
        entryFileNames: 'assets/dashboard.js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
    },
  },
});
