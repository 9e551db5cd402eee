// A pseudonymised child-level extract for an authority's own analysts: a keyed pseudonym in
// place of name and case reference, month and year of birth only, codes and dates, and no free
// text. The same key gives the same pseudonym every quarter, so analysts can follow a child.
import { createHmac } from 'node:crypto';
import { londonDateOf, type ChildRecord, type Language } from '@cynnig/domain';
import { childFactsOn } from '../measures/child-facts.js';
import { entitledDuring, referenceDateIn } from '../measures/entitlement.js';
import { workingDaysToOffer } from '../measures/offer-round.js';
import type { Period } from '../period/financial-quarter.js';
import type { ExportColumn, ExportRow, ExportTable } from './export-row.js';

/** A stable pseudonym for a child: HMAC-SHA256 of authority and case reference under the authority's secret key. */
export function pseudonymFor(record: ChildRecord, key: string): string {
  if (key.length < 16) throw new RangeError('the pseudonym key must be at least 16 characters');
  return `P${createHmac('sha256', key).update(`${record.child.authorityCode}:${record.child.caseReference}`).digest('hex').slice(0, 16)}`;
}

const columns: readonly { key: string; en: string; cy: string }[] = [
  { key: 'pseudonym', en: 'Pseudonym', cy: 'Ffugenw' },
  { key: 'birth_month', en: 'Month and year of birth', cy: 'Mis a blwyddyn geni' },
  { key: 'authority', en: 'Authority', cy: 'Awdurdod' },
  { key: 'legal_status', en: 'Legal status', cy: 'Statws cyfreithiol' },
  { key: 'placement_type', en: 'Placement type', cy: 'Math o leoliad' },
  { key: 'area', en: 'In or out of area', cy: 'Yn yr ardal neu y tu allan iddi' },
  { key: 'language', en: 'Preferred language', cy: 'Dewis iaith' },
  { key: 'disability', en: 'Disability', cy: 'Anabledd' },
  { key: 'asylum_status', en: 'Asylum status', cy: 'Statws lloches' },
  { key: 'offer_rounds', en: 'Offer rounds in period', cy: 'Rowndiau cynnig yn y cyfnod' },
  { key: 'offers_made', en: 'Offers made in period', cy: 'Cynigion a wnaed yn y cyfnod' },
  { key: 'last_outcome', en: 'Latest outcome', cy: 'Canlyniad diweddaraf' },
  { key: 'working_days_to_last_offer', en: 'Working days to latest offer', cy: 'Diwrnodau gwaith hyd at y cynnig diweddaraf' },
  { key: 'missing_episodes', en: 'Missing episodes in period', cy: 'Cyfnodau ar goll yn y cyfnod' },
  { key: 'social_workers', en: 'Social workers in period', cy: 'Gweithwyr cymdeithasol yn y cyfnod' },
];

export function childExtractColumns(language: Language): ExportColumn[] {
  return columns.map((column) => ({ key: column.key, header: column[language] }));
}

/** One row per child entitled in the period; never a name, case reference, full date of birth or note. */
export async function* childExtractRows(records: Iterable<ChildRecord> | AsyncIterable<ChildRecord>, period: Period, key: string): AsyncGenerator<ExportRow> {
  for await (const record of records) {
    if (!entitledDuring(record, period)) continue;
    const facts = childFactsOn(record, referenceDateIn(record, period));
    const rounds = record.offers.filter((offer) => offer.triggeredOn <= period.to && (offer.outcomeOn === null || offer.outcomeOn >= period.from));
    const made = record.offers.filter((offer) => offer.offerMadeOn !== null && period.from <= offer.offerMadeOn && offer.offerMadeOn <= period.to);
    const latest = [...record.offers].sort((a, b) => b.round - a.round)[0];
    const lastMade = [...made].sort((a, b) => b.round - a.round)[0];
    yield {
      pseudonym: pseudonymFor(record, key),
      birth_month: record.child.dateOfBirth.slice(0, 7),
      authority: record.child.authorityCode,
      legal_status: facts.legalStatus,
      placement_type: facts.placementType,
      area: facts.area,
      language: facts.language,
      disability: facts.disability,
      asylum_status: facts.asylumStatus,
      offer_rounds: rounds.length,
      offers_made: made.length,
      last_outcome: latest?.outcome ?? null,
      working_days_to_last_offer: lastMade ? workingDaysToOffer(lastMade) : null,
      missing_episodes: record.missingEpisodes.filter((episode) => londonDateOf(episode.startedAt) >= period.from && londonDateOf(episode.startedAt) <= period.to).length,
      social_workers: new Set(record.allocations.filter((a) => a.role === 'social-worker' && a.start <= period.to && (a.end === null || a.end >= period.from)).map((a) => a.userId)).size,
    };
  }
}

export function childExtract(records: Iterable<ChildRecord> | AsyncIterable<ChildRecord>, period: Period, key: string, language: Language): ExportTable {
  return {
    columns: childExtractColumns(language),
    rows: childExtractRows(records, period, key),
    notes: [{ en: 'Pseudonymised extract for the authority\'s own analysts. Do not share outside the authority.', cy: 'Detholiad wedi\'i ffugenwi ar gyfer dadansoddwyr yr awdurdod ei hun. Peidiwch â\'i rannu y tu allan i\'r awdurdod.' }],
  };
}
