// The few rule parameters the workflow guards read. An authority can change them; the
// defaults follow the domain notes (six-monthly re-offer after a decline, ten working
// days for each dispute resolution stage).
export interface WorkflowParameters {
  /** Months after a declined, opted-out or unreachable offer before it is made again. */
  readonly reofferMonthsAfterDecline: number;
  /** Working days a manager has to respond at each stage of dispute resolution. */
  readonly escalationResponseWorkingDays: number;
}

export const defaultWorkflowParameters: WorkflowParameters = {
  reofferMonthsAfterDecline: 6,
  escalationResponseWorkingDays: 10,
};
