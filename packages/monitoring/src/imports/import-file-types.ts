// Every kind of import file, in the order rows are applied, and their layouts as data for the
// forms app, the command line and the README.
import type { ImportFileKind, ImportFileLayout } from './column-layout.js';
import type { ImportFileType } from './file-type.js';
import { allocationsFile } from './file-types/allocations.js';
import { childrenFile } from './file-types/children.js';
import { entitlementsFile } from './file-types/entitlements.js';
import { missingEpisodesFile } from './file-types/missing-episodes.js';
import { placementsFile } from './file-types/placements.js';
import { reviewsFile } from './file-types/reviews.js';

export const importFileTypes = {
  children: childrenFile,
  entitlements: entitlementsFile,
  placements: placementsFile,
  allocations: allocationsFile,
  reviews: reviewsFile,
  'missing-episodes': missingEpisodesFile,
} as const satisfies { [K in ImportFileKind]: ImportFileType<K, unknown> };

/** The documented column layout of every file, in the order they are applied. */
export const importLayouts: readonly ImportFileLayout[] = Object.values(importFileTypes).map((type) => type.layout);

/** The kind of file a file name is (children.csv, placements.csv...), or null; any folder and case are ignored. */
export function importFileKindOf(fileName: string): ImportFileKind | null {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  return importLayouts.find((layout) => layout.fileName === base)?.kind ?? null;
}
