// `npm start`: installs what is missing, builds, then runs Cynnig on its embedded
// SQLite database. The server migrates and seeds the demo population on the first
// run only and prints how to sign in as each demo role.
import { join } from 'node:path';
import { ensurePnpm, installWorkspace, root, run, step, turbo } from './bootstrap.mjs';

const pnpm = ensurePnpm();
installWorkspace(pnpm);
step('Building Cynnig');
if (turbo(pnpm, ['build', '--filter=@cynnig/api...', '--filter=@cynnig/web...', '--output-logs=errors-only']) !== 0) {
  process.stderr.write('The build failed; see the errors above.\n');
  process.exit(1);
}
step('Starting Cynnig');
// The server prints its own one-line reason when a setting is wrong; pass its exit status on
// without a stack trace of this script on top.
const status = run(process.execPath, [join(root, 'apps/api/dist/main.js'), 'serve', '--demo'], {
  env: { NODE_ENV: process.env.NODE_ENV ?? 'production', CYNNIG_DATA_DIR: process.env.CYNNIG_DATA_DIR ?? join(root, 'var') },
  allowFailure: true,
});
process.exit(status);
