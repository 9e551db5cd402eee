// How every writer shows a withheld figure, and the legend that explains it in both languages.
import type { Bilingual } from '@cynnig/domain';

/** The marker for a withheld figure in every file Cynnig writes (the StatsWales convention). */
export const suppressedMarker = '[c]';

export const disclosureLegend: Bilingual = {
  en: '[c] = withheld to protect children\'s privacy: counts of 1 to 4, and other figures that would let one be worked out. Other counts are rounded to the nearest 5, so totals may not equal the sum of their parts. Rates are worked out from the rounded counts.',
  cy: '[c] = wedi\'i atal i ddiogelu preifatrwydd plant: niferoedd o 1 i 4, a ffigurau eraill a fyddai\'n caniatáu cyfrifo un ohonynt. Caiff niferoedd eraill eu talgrynnu i\'r 5 agosaf, felly efallai na fydd cyfansymiau\'n hafal i swm eu rhannau. Caiff cyfraddau eu cyfrifo o\'r niferoedd wedi\'u talgrynnu.',
};

export const exactLegend: Bilingual = {
  en: 'Exact figures for the authority\'s own use. Do not share outside the authority.',
  cy: 'Ffigurau union at ddefnydd yr awdurdod ei hun. Peidiwch â\'u rhannu y tu allan i\'r awdurdod.',
};
