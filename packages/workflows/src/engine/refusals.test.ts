import { describe, expect, it } from 'vitest';
import { applyAll, lastOf } from '../test-support/apply-all.js';
import { activeOfferEvent as ev, activeOfferInput as input, missingEpisodeInput } from '../test-support/sample-cases.js';
import { applyEvent } from './apply-event.js';

const told = () => lastOf(applyAll('active-offer', [ev('OFFER_DUE', '2026-01-05'), ev('CHILD_TOLD', '2026-01-06')], input)).snapshot;
const refusal = (result: ReturnType<typeof applyEvent>) => {
  if (result.ok) throw new Error('the event was accepted');
  return result.error;
};

describe('an event whose details are not valid', () => {
  it('is refused in both languages with the case, the state in words, the field and its problem, and what can be recorded now', () => {
    const error = refusal(applyEvent('active-offer', told(), { type: 'PERMISSION_CANNOT_BE_GIVEN', on: '2026-01-07', reason: ' ' }, input));
    expect(error.toValue()).toMatchObject({ code: 'workflow.event-invalid', path: ['reason'] });
    expect(error.bilingual.en).toBe(
      `Active Offer case ${input.caseId} is at "waiting for the child's permission to share their details", and the details given for "Child cannot give permission (non-instructed advocacy)" are not valid (reason: Say why the child cannot give permission); ` +
        'what can be recorded now: Child gave permission to share their details; Child did not want their details shared; Child cannot give permission (non-instructed advocacy); Child asked for an advocate; Entitlement to advocacy ended.',
    );
    expect(error.bilingual.cy).toBe(
      `Mae achos cynnig gweithredol ${input.caseId} ar y cam "yn aros am ganiatâd y plentyn i rannu ei fanylion", ac nid yw'r manylion a roddwyd ar gyfer "Plentyn yn methu rhoi caniatâd (eiriolaeth heb gyfarwyddyd)" yn ddilys (reason: Dywedwch pam na all y plentyn roi caniatâd); ` +
        'yr hyn y gellir ei gofnodi nawr: Plentyn wedi rhoi caniatâd i rannu ei fanylion; Plentyn ddim am i\'w fanylion gael eu rhannu; Plentyn yn methu rhoi caniatâd (eiriolaeth heb gyfarwyddyd); Plentyn wedi gofyn am eiriolwr; Hawl i eiriolaeth wedi dod i ben.',
    );
  });

  it.each([
    { what: 'a step the case does not have', event: { type: 'OFFER_FORGOTTEN', on: '2026-01-07' }, path: ['type'], en: '(type: this is not a step of this case)', cy: '(type: nid yw hwn yn gam yn yr achos hwn)' },
    { what: 'a missing field', event: { type: 'CHILD_TOLD', on: '2026-01-07', method: 'visit' }, path: ['language'], en: '(language: it is missing)', cy: '(language: mae ar goll)' },
    { what: 'a value outside its code list', event: { type: 'CHILD_TOLD', on: '2026-01-07', method: 'pigeon', language: 'cy' }, path: ['method'], en: '(method: choose one of: visit, phone, video, message, letter)', cy: '(method: dewiswch un o: visit, phone, video, message, letter)' },
    { what: 'an empty list', event: { type: 'OFFER_MADE', on: '2026-01-07', language: 'cy', formats: [], mode: 'instructed' }, path: ['formats'], en: '(formats: Choose at least one format)', cy: '(formats: Dewiswch o leiaf un fformat)' },
  ])('names the problem with $what in both languages', ({ event, path, en, cy }) => {
    const error = refusal(applyEvent('active-offer', told(), event, input));
    expect(error.toValue()).toMatchObject({ code: 'workflow.event-invalid', path });
    expect(error.bilingual.en).toContain(en);
    expect(error.bilingual.cy).toContain(cy);
  });

  it('names a case that is not open yet and its opening event', () => {
    const error = refusal(applyEvent('missing-episode', null, { type: 'REPORTED', at: 'last night' }, missingEpisodeInput));
    expect(error.bilingual.en).toContain(`Missing episode ${missingEpisodeInput.episodeId} is at "`);
    expect(error.bilingual.en).toContain('what can be recorded now: ');
    expect(error.bilingual.cy).toContain(`Mae cyfnod ar goll ${missingEpisodeInput.episodeId} ar y cam "`);
    expect(error.bilingual.cy).toContain('yr hyn y gellir ei gofnodi nawr: ');
  });
});
