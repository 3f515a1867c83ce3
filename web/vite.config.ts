// Builds the office's web app (web/ → web/dist, served by `pantau serve`) and, in development,
// proxies the API to a running Pantau (PANTAU_API_URL, default http://127.0.0.1:3000).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.PANTAU_API_URL ?? 'http://127.0.0.1:3000';
const proxy = Object.fromEntries(
  ['/api', '/auth', '/healthz'].map((path) => [path, { target: api, changeOrigin: false }]),
);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // exceljs is large by nature and only ever loaded when someone asks for an XLSX file.
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy },
  preview: { proxy },
});
