import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:3000';
const proxy = {
  '/graphql': { target: api, changeOrigin: false },
  '/api': { target: api, changeOrigin: false },
};

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // Workspace libs are consumed as TypeScript source through their `@pulse/source` export condition.
  resolve: { conditions: ['@pulse/source', ...defaultClientConditions] },
  server: { port: 4200, strictPort: true, proxy },
  preview: { port: 4300, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/bundle-size.mjs find exactly what index.html loads.
    manifest: true,
    sourcemap: true,
    target: 'es2022',
  },
});
