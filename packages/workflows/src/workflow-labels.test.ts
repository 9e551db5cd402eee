import { describe, expect, it } from 'vitest';
import { machineNames } from './engine/stored-snapshot.js';
import { eventLabel, eventTypesOf, stateLabel, statesOf } from './workflow-labels.js';

describe.each(machineNames)('the words for the %s workflow', (machine) => {
  it.each(statesOf(machine).map((state) => [state]))('name the state %s in English and in Welsh', (state) => {
    const en = stateLabel(machine, state as never, 'en');
    const cy = stateLabel(machine, state as never, 'cy');
    expect(en.trim().length).toBeGreaterThan(0);
    expect(cy.trim().length).toBeGreaterThan(0);
    expect(cy).not.toBe(en);
  });

  it.each(eventTypesOf(machine).map((type) => [type]))('name the event %s in English and in Welsh', (type) => {
    const en = eventLabel(machine, type as never, 'en');
    const cy = eventLabel(machine, type as never, 'cy');
    expect(en.trim().length).toBeGreaterThan(0);
    expect(cy.trim().length).toBeGreaterThan(0);
    expect(cy).not.toBe(en);
  });

  it('give every state and every event its own words, so no two buttons or headings read the same', () => {
    for (const language of ['en', 'cy'] as const) {
      const states = statesOf(machine).map((state) => stateLabel(machine, state as never, language));
      const events = eventTypesOf(machine).map((type) => eventLabel(machine, type as never, language));
      expect(new Set(states).size).toBe(states.length);
      expect(new Set(events).size).toBe(events.length);
    }
  });
});

describe('the Welsh for the advocacy Active Offer', () => {
  it('is "cynnig gweithredol", never "cynnig rhagweithiol" (offering services in Welsh unasked)', () => {
    const welsh = machineNames.flatMap((machine) => [
      ...statesOf(machine).map((state) => stateLabel(machine, state as never, 'cy')),
      ...eventTypesOf(machine).map((type) => eventLabel(machine, type as never, 'cy')),
    ]);
    expect(welsh.filter((text) => /rhagweithiol/i.test(text))).toEqual([]);
    expect(eventLabel('active-offer', 'OFFER_MADE', 'cy')).toContain('Cynnig gweithredol');
  });
});

describe('the notifications a step asks for', () => {
  it('each say why in English and in Welsh', async () => {
    const { notificationMessages } = await import('./workflow-notification.js');
    for (const message of Object.values(notificationMessages)) {
      expect(message.en.length).toBeGreaterThan(0);
      expect(message.cy.length).toBeGreaterThan(0);
      expect(message.cy).not.toBe(message.en);
    }
  });
});
