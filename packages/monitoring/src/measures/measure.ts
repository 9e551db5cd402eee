// What a measure is: its bilingual documentation (name, definition, numerator, denominator,
// period rule, what counts) and how it is counted. A new measure is one more object of these
// shapes in the catalogue; the engine in compute.ts counts every shape the same way.
import type { ActiveOfferSummary, Bilingual, ChildRecord, IsoDate, MissingEpisodeSummary } from '@cynnig/domain';
import type { Period } from '../period/financial-quarter.js';

/** Values an authority or commissioner may set; every one has a documented default. */
export interface MeasureParameters {
  /** Working days from the trigger to the offer being made. Policy says "at the earliest possible time" and publishes no deadline, so this is set per authority. */
  readonly offerWithinWorkingDays: number;
  /** Hours after the child's return within which a return home conversation counts as timely (72 in Welsh practice guidance). */
  readonly returnConversationWindowHours: number;
  /** Episodes in the period from which a child counts as repeatedly missing. */
  readonly repeatMissingEpisodes: number;
}

export const defaultMeasureParameters: MeasureParameters = {
  offerWithinWorkingDays: 15,
  returnConversationWindowHours: 72,
  repeatMissingEpisodes: 2,
};

export interface MeasureText {
  /** Stable id used in files, URLs and the catalogue, e.g. 'offers-made'. */
  readonly id: string;
  readonly name: Bilingual;
  readonly definition: Bilingual;
  readonly numerator: Bilingual;
  /** Null for a plain count. */
  readonly denominator: Bilingual | null;
  /** Which date places a counted thing in the period (and in a quarter). */
  readonly periodRule: Bilingual;
  /** What is included and excluded. */
  readonly whatCounts: Bilingual;
}

/** A child seen over one window (the whole period or one of its quarters), described as of `on`. */
export interface ChildWindow {
  readonly record: ChildRecord;
  readonly window: Period;
  /** The window's last day, or the child's last day of entitlement in it if earlier. */
  readonly on: IsoDate;
  readonly parameters: MeasureParameters;
}

/** Counts children (or, with a weight above 1, things per child such as social workers) in each window. */
export interface ChildCountMeasure extends MeasureText {
  readonly kind: 'count';
  readonly unit: 'child';
  /** 0 when the child is not counted; otherwise how much they add. */
  count(child: ChildWindow): number;
}

/** Counts Active Offer rounds, each placed in the period by one of its dates. */
export interface OfferCountMeasure extends MeasureText {
  readonly kind: 'count';
  readonly unit: 'offer';
  dateOf(offer: ActiveOfferSummary): IsoDate | null;
  counts(offer: ActiveOfferSummary, record: ChildRecord, parameters: MeasureParameters): boolean;
}

/** Counts missing episodes, each placed in the period by one of its dates (Europe/London). */
export interface EpisodeCountMeasure extends MeasureText {
  readonly kind: 'count';
  readonly unit: 'missing-episode';
  dateOf(episode: MissingEpisodeSummary): IsoDate | null;
  counts(episode: MissingEpisodeSummary, record: ChildRecord, parameters: MeasureParameters): boolean;
}

/** One count over another, cell by cell. A proportion is always between 0 and 1. */
export interface RatioMeasure extends MeasureText {
  readonly kind: 'ratio';
  readonly numeratorId: string;
  readonly denominatorId: string;
  /** True for a share (take-up rate); false for an average (social workers per child). */
  readonly proportion: boolean;
}

/** A percentile (nearest rank) of a whole number measured on each Active Offer round. */
export interface OfferPercentileMeasure extends MeasureText {
  readonly kind: 'percentile';
  readonly unit: 'offer';
  readonly percentile: number;
  /** The count of the same rounds: when it is suppressed, so is this. */
  readonly countId: string;
  dateOf(offer: ActiveOfferSummary): IsoDate | null;
  value(offer: ActiveOfferSummary, record: ChildRecord, parameters: MeasureParameters): number | null;
}

export type CountMeasure = ChildCountMeasure | OfferCountMeasure | EpisodeCountMeasure;
export type MeasureDefinition = CountMeasure | RatioMeasure | OfferPercentileMeasure;

/**
 * Counts that add up exactly: `total` = the sum of `parts`, cell by cell. Disclosure control
 * treats each as one more line a suppressed cell could be differenced from.
 */
export interface MeasurePartition {
  readonly total: string;
  readonly parts: readonly string[];
}
