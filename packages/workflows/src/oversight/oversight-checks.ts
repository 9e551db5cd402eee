// Checks on an oversight event's own data: stages are escalated in order, each stage gets its
// time to respond before the next, deadlines follow the escalation, and dates run forwards.
import { CynnigError, escalationStages, type IsoDate, type OversightEvent } from '@cynnig/domain';
import { nextEscalationStage, resolutionNeedsEscalation } from '@cynnig/rules';
import { currentEscalation, type OversightContext } from './oversight-context.js';

function latestOn(context: OversightContext): IsoDate | null {
  const dates = [
    context.raised?.on,
    context.acknowledgedOn,
    ...context.escalations.flatMap((escalation) => [escalation.on, escalation.response?.on]),
  ].filter((date): date is IsoDate => typeof date === 'string');
  return dates.length === 0 ? null : dates.reduce((latest, date) => (date > latest ? date : latest));
}

export function oversightEventProblem(context: OversightContext, _state: string, event: OversightEvent): CynnigError | null {
  const caseId = context.caseId;
  const latest = latestOn(context);
  if (event.type !== 'RAISED' && latest !== null && event.on < latest) {
    return new CynnigError({
      code: 'workflow.date-before-earlier-step',
      message: {
        en: `The date must be on or after ${latest}, the date of the last step recorded for this concern`,
        cy: `Rhaid i'r dyddiad fod ar ${latest} neu ar ôl hynny, dyddiad y cam diwethaf a gofnodwyd ar gyfer y pryder hwn`,
      },
      path: ['on'],
      details: { caseId, latestStepOn: latest },
    });
  }
  if (event.type === 'ESCALATED') {
    const current = currentEscalation(context);
    const expected = nextEscalationStage(current?.stage ?? null);
    if (expected !== null && event.stage !== expected) {
      return new CynnigError({
        code: 'workflow.escalation-stage-out-of-order',
        message: {
          en: `Escalate to the next stage: ${escalationStages.label(expected, 'en')}`,
          cy: `Uwchgyfeiriwch i'r cam nesaf: ${escalationStages.label(expected, 'cy')}`,
        },
        path: ['stage'],
        details: { caseId, expectedStage: expected },
      });
    }
    if (event.respondBy < event.on) {
      return new CynnigError({
        code: 'workflow.escalation-deadline-before-escalation',
        message: { en: 'The date to respond by must be on or after the date of escalation', cy: 'Rhaid i\'r dyddiad ymateb fod ar ddyddiad yr uwchgyfeirio neu ar ôl hynny' },
        path: ['respondBy'],
        details: { caseId },
      });
    }
    if (current !== null && current.response === null && event.on <= current.respondBy) {
      return new CynnigError({
        code: 'workflow.escalation-response-awaited',
        message: {
          en: `The current stage has until ${current.respondBy} to respond: record its response, or escalate after that date`,
          cy: `Mae gan y cam presennol tan ${current.respondBy} i ymateb: cofnodwch yr ymateb, neu uwchgyfeiriwch ar ôl y dyddiad hwnnw`,
        },
        path: ['on'],
        details: { caseId, respondBy: current.respondBy },
      });
    }
  }
  if (event.type === 'RESOLVED' && resolutionNeedsEscalation(event.resolution) && context.escalations.length === 0) {
    return new CynnigError({
      code: 'workflow.resolution-needs-escalation',
      message: { en: 'This concern was not escalated: choose another resolution', cy: 'Ni chafodd y pryder hwn ei uwchgyfeirio: dewiswch ddatrysiad arall' },
      path: ['resolution'],
      details: { caseId },
    });
  }
  return null;
}
