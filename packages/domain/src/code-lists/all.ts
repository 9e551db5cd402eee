// Every code list in one place, so forms, exports and the translation check can walk them all.
import * as activeOffer from './active-offer.js';
import * as child from './child.js';
import * as lifeEvents from './life-events.js';
import * as missing from './missing.js';
import * as oversight from './oversight.js';
import * as people from './people.js';
import type { CodeList } from '../code-list.js';

const isCodeList = (value: unknown): value is CodeList<string> =>
  typeof value === 'object' && value !== null && 'entries' in value && 'schema' in value && 'name' in value;

export const allCodeLists: readonly CodeList<string>[] = [activeOffer, child, lifeEvents, missing, oversight, people]
  .flatMap((module) => Object.values(module))
  .filter(isCodeList);
