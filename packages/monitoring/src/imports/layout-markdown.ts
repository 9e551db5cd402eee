// Renders the import files' column layouts as Markdown in English and Welsh, for the package
// README. The layouts are data, so the README, the forms app and the command line never disagree.
import type { ImportColumn, ImportFileLayout } from './column-layout.js';
import { importLayouts } from './import-file-types.js';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function filledIn(column: ImportColumn): string {
  const must = column.required ? 'yes / ie' : 'no / na';
  return column.mayBeOmitted ? `${must}; column may be left out / gellir hepgor y golofn` : must;
}

function layoutSection(layout: ImportFileLayout): string {
  const lines = [
    `### \`${layout.fileName}\`: ${layout.title.en} / ${layout.title.cy}`,
    '',
    `${layout.description.en}`,
    '',
    `${layout.description.cy}`,
    '',
    `One row per / Un rhes i bob: ${layout.naturalKey.map((name) => `\`${name}\``).join(' + ')}`,
    '',
    '| column / colofn | must be filled in / rhaid ei llenwi | example / enghraifft | English | Cymraeg |',
    '|---|---|---|---|---|',
    ...layout.columns.map((column) =>
      `| \`${column.name}\` | ${filledIn(column)} | ${column.example === '' ? '' : `\`${cell(column.example)}\``} | ${cell(column.description.en)}. *${cell(column.hint.en)}.* | ${cell(column.description.cy)}. *${cell(column.hint.cy)}.* |`,
    ),
  ];
  return lines.join('\n');
}

/** Every layout, in the order files are applied. */
export function importLayoutMarkdown(layouts: readonly ImportFileLayout[] = importLayouts): string {
  return layouts.map(layoutSection).join('\n\n');
}

export const layoutMarkers = { start: '<!-- import-layout:start (generated from src/imports; do not edit by hand) -->', end: '<!-- import-layout:end -->' } as const;
