// Words for a timeline entry: what kind of record it is and what happened, in the
// user's language, from the workflows' and domain's own labels.
import { lifeEventKinds, placementTypes, reviewKinds, type Language } from '@cynnig/domain';
import { eventLabel } from '@cynnig/workflows';
import type { TimelineEntry } from '../api/children';

const machines = { 'active-offer': 'active-offer', 'missing-episode': 'missing-episode', oversight: 'oversight' } as const;

export function timelineWhat(entry: TimelineEntry, language: Language): string {
  try {
    switch (entry.source) {
      case 'active-offer':
      case 'missing-episode':
      case 'oversight':
        return eventLabel(machines[entry.source], entry.type as never, language);
      case 'life-event':
        return lifeEventKinds.label(entry.type as never, language);
      case 'review':
        return reviewKinds.label(entry.type as never, language);
      case 'placement':
        return placementTypes.label(entry.type as never, language);
    }
  } catch {
    return entry.type;
  }
}
