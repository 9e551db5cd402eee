// What every route module is given: the open database, the settings and the clock.
import type { OpenDatabase } from '@cynnig/data';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import type { ChildRules } from '../services/child-rules.js';

export interface RouteDeps {
  readonly database: OpenDatabase;
  readonly config: Config;
  readonly logger: Logger;
  /** The current moment; tests move it to check expiry and time-based rules. */
  readonly now: () => Date;
  /** The rules that work out what is due for a child. */
  readonly rules: ChildRules;
}
