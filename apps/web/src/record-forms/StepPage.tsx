// A page that records one step about one child: it loads what the step needs (the
// child for the caption, the case version for optimistic concurrency), shows the
// record form, and after saving returns to where the person came from. On a
// conflict, "reload" fetches the latest version and keeps the answers.
import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { childHeadingOf, type ChildView } from '../api/children';
import { useCynnigApi, type CynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { BackLink } from '../components/back-link/BackLink';
import { Loaded } from '../shell/Loaded';
import type { Answers, Question } from './question';
import { RecordForm } from './RecordForm';
import { savedHref } from './saved-banner';

export interface StepContext<Extra> {
  readonly child: ChildView;
  readonly version: number;
  readonly extra: Extra;
}

export interface StepPageProps<Extra> {
  readonly childId: string;
  readonly formId: string;
  readonly backHref: string;
  readonly backText: string;
  /** Loads the case version (0 for a new case) and anything else the step needs. */
  readonly load: (api: CynnigApi) => Promise<{ version: number; extra: Extra }>;
  readonly title: (context: StepContext<Extra>) => string;
  readonly questions: (context: StepContext<Extra>) => Question[];
  readonly save: (api: CynnigApi, answers: Answers, context: StepContext<Extra>) => Promise<unknown>;
  readonly context?: (context: StepContext<Extra>) => ReactNode;
  /** Where to go after saving, if not back (e.g. the new case's page). */
  readonly savedTo?: (result: unknown) => string;
  readonly savedWhat: string;
  /** Where the API reports field errors ("event." for workflow steps, "" for plain records). */
  readonly apiFieldPrefix?: string;
}

export function StepPage<Extra>(props: StepPageProps<Extra>) {
  const api = useCynnigApi();
  const [, navigate] = useLocation();
  const resource = useResource<StepContext<Extra>>(async () => {
    const [child, loaded] = await Promise.all([api.children.read(props.childId), props.load(api)]);
    return { child, version: loaded.version, extra: loaded.extra };
  }, props.formId);
  let lastResult: unknown = null;
  return (
    <>
      <BackLink href={props.backHref} text={props.backText} />
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {(context) => (
          <RecordForm
            formId={props.formId}
            title={props.title(context)}
            caption={childHeadingOf(context.child).name}
            questions={props.questions(context)}
            context={props.context?.(context)}
            onReload={resource.reload}
            apiFieldPrefix={props.apiFieldPrefix ?? 'event.'}
            // The version is read at save time, so a reload after a conflict takes effect.
            save={async (answers) => {
              lastResult = await props.save(api, answers, context);
            }}
            onSaved={() => navigate(savedHref(props.savedTo ? props.savedTo(lastResult) : props.backHref, props.savedWhat))}
          />
        )}
      </Loaded>
    </>
  );
}
