import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { childViewSchema } from '../children/schema.js';
import { missingEpisodeListSchema, missingEpisodeViewSchema } from './schema.js';

const reported = (lastSeenAt: string, at: string) => ({ type: 'REPORTED', at, kind: 'missing', riskGrade: 'medium', lastSeenAt, reportedBy: 'Gofalwr', policeReference: null });
const returned = (at: string) => ({ type: 'RETURNED', at, method: 'found-by-police', whereFound: 'Gorsaf fysiau Caerdydd', whoWith: null });
const findings = {
  before: 'Arguments at home',
  during: 'Stayed with older friends',
  after: 'Tired, wants to talk to the advocate',
  childsOwnWords: 'I just needed to get away',
  exploitationIndicators: ['unexplained-money', 'older-associates'],
  whatWouldHelp: 'Someone to talk to at night',
};

describe.each(testEngines())('missing episodes with their return home conversation on $name', (engine) => {
  let world: TestWorld;
  let worker: Agent;
  let childId: string;
  let first: string;
  let repeat: string;
  let open: string;

  async function step(caseId: string | null, event: Record<string, unknown>, expectedVersion: number): Promise<string> {
    const path = caseId === null ? `/api/v1/children/${childId}/missing-episodes` : `/api/v1/children/${childId}/missing-episodes/${caseId}/events`;
    const response = await worker.json('POST', path, { event, expectedVersion });
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    return ((await response.json()) as { caseId: string }).caseId;
  }

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    childId = await world.addChild(authorityA);
    worker = await world.signIn('socialWorkerA');
    first = await step(null, reported('2026-03-01T18:00:00.000Z', '2026-03-01T20:00:00.000Z'), 0);
    await step(first, returned('2026-03-02T09:00:00.000Z'), 1);
    await step(first, { type: 'CONVERSATION_OFFERED', at: '2026-03-02T15:00:00.000Z', offeredBy: 'advocacy-provider' }, 2);
    await step(first, { type: 'CONVERSATION_ACCEPTED', at: '2026-03-02T16:00:00.000Z' }, 3);
    await step(first, { type: 'CONVERSATION_HELD', at: '2026-03-03T11:00:00.000Z', heldBy: 'advocacy-provider', findings }, 4);
    repeat = await step(null, reported('2026-03-10T22:00:00.000Z', '2026-03-10T23:00:00.000Z'), 0);
    await step(repeat, returned('2026-03-11T10:30:00.000Z'), 1);
    open = await step(null, reported('2026-03-19T21:00:00.000Z', '2026-03-19T22:00:00.000Z'), 0);
  });
  afterAll(() => world.close());

  const read = async (agent: Agent, caseId: string) => {
    const response = await agent.request(`/api/v1/children/${childId}/missing-episodes/${caseId}`);
    expect(response.status).toBe(200);
    return missingEpisodeViewSchema.parse(await response.json());
  };

  it('gives a first episode the first-episode prompts, offered by the advocacy provider within 72 hours of the return', async () => {
    const guide = (await read(worker, first)).returnHomeConversation;
    expect(guide).toMatchObject({ episodeId: first, language: 'en', offeredBy: { code: 'advocacy-provider', label: 'Advocacy provider' }, offerBy: '2026-03-05', windowHours: 72 });
    expect(guide?.adaptations).toEqual(['first-episode']);
    expect(guide?.prompts.map((prompt) => prompt.section)).toEqual(expect.arrayContaining(['before', 'during', 'after', 'if-declined', 'advocacy']));
    expect(guide?.prompts.some((prompt) => prompt.id === 'escalation-exploitation')).toBe(true);
  });

  it('gives a repeat episode after exploitation was seen different prompts: the repeat and what was seen before', async () => {
    const firstGuide = (await read(worker, first)).returnHomeConversation;
    const guide = (await read(worker, repeat)).returnHomeConversation;
    expect(guide?.adaptations).toEqual(expect.arrayContaining(['repeat-episode', 'exploitation-before']));
    expect(guide?.adaptations).not.toContain('first-episode');
    expect(guide?.offerBy).toBe('2026-03-14');
    const onlyInRepeat = guide?.prompts.filter((prompt) => !firstGuide?.prompts.some((other) => other.id === prompt.id)).map((prompt) => prompt.id);
    expect(onlyInRepeat).toEqual(expect.arrayContaining(['repeat-episode', 'exploitation-before']));
    expect(guide?.prompts.find((prompt) => prompt.id === 'exploitation-before')?.text).toMatch(/unexplained money/i);
  });

  it('has no guide while the child is still missing', async () => {
    expect((await read(worker, open)).returnHomeConversation).toBeNull();
  });

  it('answers in the reader\'s language: an IRO who reads in Welsh gets the Welsh prompts and labels', async () => {
    const iro = await world.signIn('iroA');
    expect((await iro.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' })).status).toBe(200);
    const guide = (await read(iro, repeat)).returnHomeConversation;
    expect(guide).toMatchObject({ language: 'cy', offeredBy: { label: 'Darparwr eiriolaeth' } });
    const english = (await read(worker, repeat)).returnHomeConversation;
    expect(guide?.prompts.map((prompt) => prompt.id)).toEqual(english?.prompts.map((prompt) => prompt.id));
    expect(guide?.prompts.every((prompt, i) => prompt.text !== english?.prompts[i]?.text)).toBe(true);
  });

  it('lists every episode with its guide, and the child\'s record carries the guides of the returned episodes', async () => {
    const list = missingEpisodeListSchema.parse(await (await worker.request(`/api/v1/children/${childId}/missing-episodes`)).json());
    expect(new Map(list.items.map((item) => [item.caseId, item.returnHomeConversation?.adaptations ?? null]))).toEqual(
      new Map([
        [first, ['first-episode']],
        [repeat, expect.arrayContaining(['repeat-episode', 'exploitation-before'])],
        [open, null],
      ]),
    );
    const view = childViewSchema.parse(await (await worker.request(`/api/v1/children/${childId}`)).json());
    if (view.view !== 'full') throw new Error('a social worker reads the full record');
    expect(view.returnHomeConversations.map((guide) => guide.episodeId).sort()).toEqual([first, repeat].sort());
  });

  it('follows the authority\'s settings for who offers the conversation and the window', async () => {
    const administrator = await world.signIn('administratorA');
    const settings = await administrator.json('PUT', '/api/v1/rule-parameters/return-home-conversation-due', { enabled: true, parameters: { windowHours: 48, offeredBy: 'independent-worker' }, expectedVersion: 0 });
    expect(settings.status, await settings.clone().text()).toBe(200);
    const guide = (await read(worker, first)).returnHomeConversation;
    expect(guide).toMatchObject({ offeredBy: { code: 'independent-worker' }, windowHours: 48, offerBy: '2026-03-04' });
  });
});
