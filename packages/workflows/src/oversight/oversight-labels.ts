// An oversight concern's states and events in the words IROs use, in English and Welsh.
import type { Bilingual, OversightEventType } from '@cynnig/domain';
import type { OversightState } from './oversight-machine.js';

export const oversightStateLabels: Record<OversightState, Bilingual> = {
  notOpened: { en: 'no concern raised yet', cy: 'dim pryder wedi\'i godi eto' },
  raised: { en: 'concern raised, waiting for the IRO', cy: 'pryder wedi\'i godi, yn aros am y swyddog adolygu annibynnol' },
  acknowledged: { en: 'the IRO is looking into it', cy: 'mae\'r swyddog adolygu annibynnol yn edrych arno' },
  escalated: { en: 'escalated through dispute resolution', cy: 'wedi\'i uwchgyfeirio drwy\'r broses datrys anghydfod' },
  resolved: { en: 'resolved', cy: 'wedi\'i ddatrys' },
};

export const oversightEventLabels: Record<OversightEventType, Bilingual> = {
  RAISED: { en: 'Concern raised', cy: 'Pryder wedi\'i godi' },
  ACKNOWLEDGED: { en: 'Concern acknowledged by the IRO', cy: 'Pryder wedi\'i gydnabod gan y swyddog adolygu annibynnol' },
  ESCALATED: { en: 'Escalated to the next stage', cy: 'Wedi\'i uwchgyfeirio i\'r cam nesaf' },
  RESPONSE_RECEIVED: { en: 'Response received', cy: 'Ymateb wedi dod i law' },
  RESOLVED: { en: 'Concern resolved', cy: 'Pryder wedi\'i ddatrys' },
};
