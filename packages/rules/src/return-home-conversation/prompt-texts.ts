// What a return home conversation covers, in English and Welsh: the core prompts (before, during,
// after, the child's own words, what would help), the adaptations for this child's episode, the
// escalations, and what to do if the child declines. Placeholders in braces are filled in.
import type { Bilingual } from '@cynnig/domain';

export type PromptSection = 'before' | 'during' | 'after' | 'adapted' | 'escalation' | 'if-declined' | 'advocacy';

export const sectionTitles: Record<PromptSection, Bilingual> = {
  before: { en: 'Before: what made the child leave', cy: 'Cyn: beth wnaeth i\'r plentyn adael' },
  during: { en: 'During: where, who with, any harm', cy: 'Yn ystod: ble, gyda phwy, unrhyw niwed' },
  after: { en: 'After: how they are and what would help', cy: 'Ar ôl: sut maen nhw a beth fyddai\'n helpu' },
  adapted: { en: 'For this episode', cy: 'Ar gyfer y cyfnod hwn' },
  escalation: { en: 'What happens next', cy: 'Beth sy\'n digwydd nesaf' },
  'if-declined': { en: 'If the child declines', cy: 'Os yw\'r plentyn yn gwrthod' },
  advocacy: { en: 'Advocacy', cy: 'Eiriolaeth' },
};

export const corePrompts: readonly { id: string; section: PromptSection; text: Bilingual }[] = [
  { id: 'before-feelings', section: 'before', text: { en: 'What was happening before you left? How were you feeling?', cy: 'Beth oedd yn digwydd cyn i ti adael? Sut oeddet ti\'n teimlo?' } },
  { id: 'before-push', section: 'before', text: { en: 'Was anything at home, in your placement or at school making you want to be somewhere else? (push factors)', cy: 'Oedd unrhyw beth gartref, yn dy leoliad neu yn yr ysgol yn gwneud i ti fod eisiau bod yn rhywle arall? (ffactorau gwthio)' } },
  { id: 'before-pull', section: 'before', text: { en: 'Was someone or something drawing you away: a person, a place, a promise? (pull factors)', cy: 'Oedd rhywun neu rywbeth yn dy dynnu di i ffwrdd: person, lle, addewid? (ffactorau tynnu)' } },
  { id: 'during-where', section: 'during', text: { en: 'Where did you go, and how did you get there?', cy: 'Ble est ti, a sut est ti yno?' } },
  { id: 'during-who', section: 'during', text: { en: 'Who were you with? Did you know them before?', cy: 'Gyda phwy oeddet ti? Oeddet ti\'n eu hadnabod nhw cyn hynny?' } },
  { id: 'during-harm', section: 'during', text: { en: 'Did anything happen that hurt or frightened you? Are you hurt now?', cy: 'Ddigwyddodd unrhyw beth a wnaeth dy frifo neu dy ddychryn? Wyt ti wedi brifo nawr?' } },
  { id: 'during-exploitation', section: 'during', text: { en: 'Did anyone give you money, a phone, gifts, drink or drugs, or ask you to do something in return? (signs of exploitation)', cy: 'Roddodd rhywun arian, ffôn, anrhegion, diod neu gyffuriau i ti, neu ofyn i ti wneud rhywbeth yn ôl? (arwyddion o gamfanteisio)' } },
  { id: 'after-now', section: 'after', text: { en: 'How did you get back, and how do you feel now?', cy: 'Sut dest ti\'n ôl, a sut wyt ti\'n teimlo nawr?' } },
  { id: 'after-help', section: 'after', text: { en: 'What would help you now, and what would stop this happening again?', cy: 'Beth fyddai\'n helpu nawr, a beth fyddai\'n rhwystro hyn rhag digwydd eto?' } },
  { id: 'after-own-words', section: 'after', text: { en: 'Write down what the child says in their own words.', cy: 'Ysgrifennwch yr hyn y mae\'r plentyn yn ei ddweud yn ei eiriau ei hun.' } },
];

export const adaptedPrompts = {
  firstEpisode: { en: 'This is the first time the child has gone missing: find out what changed for them recently.', cy: 'Dyma\'r tro cyntaf i\'r plentyn fynd ar goll: darganfyddwch beth sydd wedi newid iddo yn ddiweddar.' },
  repeatEpisode: { en: 'The child has gone missing before (this is episode {episodeNumber}): ask what was the same and what was different this time, and whether what was agreed last time helped.', cy: 'Mae\'r plentyn wedi mynd ar goll o\'r blaen (dyma gyfnod {episodeNumber}): gofynnwch beth oedd yr un fath a beth oedd yn wahanol y tro hwn, ac a wnaeth yr hyn a gytunwyd y tro diwethaf helpu.' },
  longEpisode: { en: 'The child was away for {hours} hours: ask where they slept, what they ate and where money came from.', cy: 'Roedd y plentyn i ffwrdd am {hours} awr: gofynnwch ble y cysgodd, beth y bwytaodd ac o ble y daeth arian.' },
  highRisk: { en: 'Police graded this episode high risk: check first for injury and health needs, and share any safeguarding concern today.', cy: 'Graddiodd yr heddlu\'r cyfnod hwn yn risg uchel: gwiriwch yn gyntaf am anaf ac anghenion iechyd, a rhannwch unrhyw bryder diogelu heddiw.' },
  exploitationBefore: { en: 'Signs of exploitation were recorded after an earlier episode ({indicators}): ask gently about the same people, places and signs.', cy: 'Cofnodwyd arwyddion o gamfanteisio ar ôl cyfnod cynharach ({indicators}): holwch yn dyner am yr un bobl, lleoedd ac arwyddion.' },
} as const;

export const escalationPrompts = {
  repeat: { en: '{count} episodes started in {days} days: ask for a strategy discussion and an early review.', cy: 'Dechreuodd {count} cyfnod mewn {days} diwrnod: gofynnwch am drafodaeth strategaeth ac adolygiad cynnar.' },
  exploitation: { en: 'Signs of exploitation are recorded: complete an exploitation risk assessment.', cy: 'Mae arwyddion o gamfanteisio wedi\'u cofnodi: cwblhewch asesiad risg camfanteisio.' },
} as const;

export const declinedPrompts: readonly { id: string; text: Bilingual }[] = [
  { id: 'declined-attempts', text: { en: 'Record each attempt to offer the conversation, and try again with someone the child chooses.', cy: 'Cofnodwch bob ymgais i gynnig y sgwrs, a rhowch gynnig arall gyda rhywun y mae\'r plentyn yn ei ddewis.' } },
  { id: 'declined-carers', text: { en: 'Give the carers a chance to share what they know about the episode.', cy: 'Rhowch gyfle i\'r gofalwyr rannu\'r hyn a wyddant am y cyfnod.' } },
];

export const advocacyPrompt: Bilingual = { en: 'Tell the child they can have an advocate, and offer one again.', cy: 'Dywedwch wrth y plentyn y gall gael eiriolwr, a chynigiwch un eto.' };
