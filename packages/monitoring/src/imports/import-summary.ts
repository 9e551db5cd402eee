// The summary shown after an import, per file and overall, in English and Welsh: rows read,
// accepted and rejected, and why valid rows were held back when nothing was written.
import type { Bilingual } from '@cynnig/domain';
import type { ImportFileSummary, ImportSummary } from './import-plan.js';

type Counts = Omit<ImportFileSummary, 'text'>;

function fileText(counts: Counts): Bilingual {
  const en = `${counts.fileName}: ${counts.rowsRead} ${counts.rowsRead === 1 ? 'row' : 'rows'} read, ${counts.accepted} accepted, ${counts.rejected} rejected`;
  const cy = `${counts.fileName}: darllenwyd ${counts.rowsRead} rhes, derbyniwyd ${counts.accepted}, gwrthodwyd ${counts.rejected}`;
  if (counts.refused) return { en: `${en}; the file was refused.`, cy: `${cy}; gwrthodwyd y ffeil.` };
  if (counts.heldBack === 0) return { en: `${en}.`, cy: `${cy}.` };
  return {
    en: `${en}; ${counts.heldBack} valid ${counts.heldBack === 1 ? 'row was' : 'rows were'} held back because nothing is imported while any row has an error.`,
    cy: `${cy}; daliwyd ${counts.heldBack} rhes ddilys yn ôl gan nad oes dim yn cael ei fewnforio tra bo gwall mewn unrhyw res.`,
  };
}

export function fileSummary(counts: Counts): ImportFileSummary {
  return { ...counts, text: fileText(counts) };
}

export function importSummary(files: readonly ImportFileSummary[]): ImportSummary {
  const accepted = files.reduce((sum, file) => sum + file.accepted, 0);
  const rejected = files.reduce((sum, file) => sum + file.rejected, 0);
  const refused = files.filter((file) => file.refused).length;
  const problems = { en: [] as string[], cy: [] as string[] };
  if (rejected > 0) problems.en.push(`${rejected} ${rejected === 1 ? 'row has' : 'rows have'} errors`), problems.cy.push(`mae gwallau mewn ${rejected} rhes`);
  if (refused > 0) problems.en.push(`${refused} ${refused === 1 ? 'file was' : 'files were'} refused`), problems.cy.push(`gwrthodwyd ${refused} ${refused === 1 ? 'ffeil' : 'o ffeiliau'}`);
  let overall: Bilingual;
  if (problems.en.length === 0 && accepted === 1) overall = { en: 'The 1 row is ready to import.', cy: 'Mae\'r 1 rhes yn barod i\'w mewnforio.' };
  else if (problems.en.length === 0) overall = { en: `All ${accepted} rows are ready to import.`, cy: `Mae pob un o'r ${accepted} rhes yn barod i'w mewnforio.` };
  else if (accepted === 0) overall = { en: `Nothing will be imported: ${problems.en.join(' and ')}. Correct them and import the files again.`, cy: `Ni fydd dim yn cael ei fewnforio: ${problems.cy.join(' a ')}. Cywirwch nhw a mewnforiwch y ffeiliau eto.` };
  else overall = { en: `${accepted} ${accepted === 1 ? 'row is' : 'rows are'} ready to import; ${problems.en.join(' and ')}, and ${rejected + refused === 1 ? 'that' : 'those'} will not be imported.`, cy: `Mae ${accepted} rhes yn barod i'w mewnforio; ${problems.cy.join(' a ')}, ac ni fydd y rheini'n cael eu mewnforio.` };
  const lines = files.map((file) => file.text);
  return { files, text: { en: [overall.en, ...lines.map((line) => line.en)].join('\n'), cy: [overall.cy, ...lines.map((line) => line.cy)].join('\n') } };
}
