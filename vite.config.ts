import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

// The web app lives in web/; the API server (api/server.ts) serves dist/web at `/`.
// In `vite dev` GraphQL calls go to the API on :4000 so the page and API share an origin.
export default defineConfig({
  root: `${here}web`,
  base: './',
  build: {
    outDir: `${here}dist/web`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
    },
  },
});
