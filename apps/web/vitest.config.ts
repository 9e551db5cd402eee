// Unit tests: components and hooks in happy-dom, pure logic in plain Node.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'vite/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 30_000,
  },
});
