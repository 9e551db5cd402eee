// Runs one of the operations commands (export, import, backup, restore) against the database the
// settings name, with progress on standard error and the summary on standard output.
import { loadConfig } from '../config/config.js';
import { connectDatabase } from '../database/connect.js';
import { packagedRules } from '../services/packaged-rules.js';
import { backupCommand, restoreCommand } from './backup.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import type { OperationCommand } from './operation-arguments.js';
import { progressOn } from './progress.js';

/** Returns the exit code: 0 when done, 1 when an import wrote nothing because of errors. */
export async function runOperation(command: OperationCommand, say: (text: string) => void): Promise<number> {
  const config = loadConfig();
  const database = await connectDatabase(config);
  const progress = progressOn(process.stderr);
  try {
    switch (command.name) {
      case 'export':
        await exportCommand(command, database, config.dataDirectory, progress, say);
        return 0;
      case 'import':
        return (await importCommand(command, database, packagedRules, progress, say)).exitCode;
      case 'backup':
        await backupCommand(command.file, database, progress, say);
        return 0;
      case 'restore':
        await restoreCommand(command.file, database, progress, say);
        return 0;
    }
  } finally {
    await database.close();
  }
}
