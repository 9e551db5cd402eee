// Builds the forms app into dist/, which the API serves from the same origin.
// In development, /api is proxied to a locally running API (CYNNIG_API_URL).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleBudget } from './vite/bundle-budget.ts';
import { govukWithoutCrown } from './vite/govuk-without-crown.ts';

export default defineConfig({
  plugins: [govukWithoutCrown(), react(), bundleBudget({ mainJsKb: 200 })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': process.env.CYNNIG_API_URL ?? 'http://127.0.0.1:3000' },
  },
  preview: {
    proxy: { '/api': process.env.CYNNIG_API_URL ?? 'http://127.0.0.1:3000' },
  },
});
