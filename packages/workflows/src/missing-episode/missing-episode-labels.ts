// A missing episode's states and events in the words carers and social workers use, in
// English and Welsh.
import type { Bilingual, MissingEpisodeEventType } from '@cynnig/domain';
import type { MissingEpisodeState } from './missing-episode-machine.js';

export const missingEpisodeStateLabels: Record<MissingEpisodeState, Bilingual> = {
  notOpened: { en: 'no episode recorded yet', cy: 'dim cyfnod wedi\'i gofnodi eto' },
  missing: { en: 'the child is missing or away', cy: 'mae\'r plentyn ar goll neu i ffwrdd' },
  returned: { en: 'the child is back; a return home conversation should be offered', cy: 'mae\'r plentyn yn ôl; dylid cynnig sgwrs dychwelyd adref' },
  conversationOffered: { en: 'return home conversation offered', cy: 'sgwrs dychwelyd adref wedi\'i chynnig' },
  conversationAccepted: { en: 'the child agreed to a return home conversation', cy: 'cytunodd y plentyn i gael sgwrs dychwelyd adref' },
  conversationHeld: { en: 'return home conversation held', cy: 'sgwrs dychwelyd adref wedi\'i chynnal' },
  conversationDeclined: { en: 'the child declined a return home conversation', cy: 'gwrthododd y plentyn sgwrs dychwelyd adref' },
  actionsAgreed: { en: 'actions agreed', cy: 'camau wedi\'u cytuno' },
  closed: { en: 'episode closed', cy: 'cyfnod wedi\'i gau' },
};

export const missingEpisodeEventLabels: Record<MissingEpisodeEventType, Bilingual> = {
  REPORTED: { en: 'Reported missing or away', cy: 'Wedi rhoi gwybod ei fod ar goll neu i ffwrdd' },
  RISK_REGRADED: { en: 'Risk graded again', cy: 'Risg wedi\'i graddio eto' },
  UPDATE_NOTED: { en: 'Update noted', cy: 'Diweddariad wedi\'i nodi' },
  RETURNED: { en: 'Found or returned', cy: 'Wedi\'i ganfod neu wedi dychwelyd' },
  CONVERSATION_OFFERED: { en: 'Return home conversation offered', cy: 'Sgwrs dychwelyd adref wedi\'i chynnig' },
  CONVERSATION_ACCEPTED: { en: 'Child agreed to a conversation', cy: 'Plentyn wedi cytuno i sgwrs' },
  CONVERSATION_DECLINED: { en: 'Child declined a conversation', cy: 'Plentyn wedi gwrthod sgwrs' },
  CONVERSATION_HELD: { en: 'Return home conversation held', cy: 'Sgwrs dychwelyd adref wedi\'i chynnal' },
  ACTIONS_AGREED: { en: 'Actions agreed', cy: 'Camau wedi\'u cytuno' },
  CLOSED: { en: 'Episode closed', cy: 'Cyfnod wedi\'i gau' },
};
