import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../logging/logger.js';
import { startServer } from './http-server.js';

describe('stopping the server', () => {
  it('lets a request in flight finish, then refuses new connections and closes the database', async () => {
    let closed = false;
    const running = await startServer({
      fetch: async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return new Response('finished');
      },
      host: '127.0.0.1',
      port: 0,
      graceSeconds: 5,
      logger: createMemoryLogger(),
      onClosed: async () => {
        closed = true;
      },
    });
    const inFlight = fetch(`${running.url}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = running.stop();
    const response = await inFlight;
    expect(await response.text()).toBe('finished');
    await stopped;
    expect(closed).toBe(true);
    await expect(fetch(`${running.url}/after`)).rejects.toThrow();
  });

  it('reports a port already in use instead of crashing later', async () => {
    const first = await startServer({ fetch: () => new Response('one'), host: '127.0.0.1', port: 0, graceSeconds: 1, logger: createMemoryLogger() });
    const port = Number(new URL(first.url).port);
    await expect(startServer({ fetch: () => new Response('two'), host: '127.0.0.1', port, graceSeconds: 1, logger: createMemoryLogger() })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await first.stop();
  });
});
