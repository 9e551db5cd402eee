// A list of tasks with their status, e.g. the steps of one Active Offer round.
// A task without a link cannot be started yet; its status says why.
import { Link } from 'wouter';
import { Tag, type TagColour } from '../tag/Tag';

export interface TaskListItem {
  readonly id: string;
  readonly title: string;
  readonly hint?: string;
  readonly href?: string;
  /** Left out when there is nothing to say (a journey that is simply available). */
  readonly status?: { readonly text: string; readonly colour?: TagColour | null };
}

export function TaskList({ items }: { items: readonly TaskListItem[] }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item) => {
        const statusId = `${item.id}-status`;
        const hintId = `${item.id}-hint`;
        const describedBy = [item.hint ? hintId : null, item.status ? statusId : null].filter(Boolean).join(' ') || undefined;
        return (
          <li className={`govuk-task-list__item${item.href ? ' govuk-task-list__item--with-link' : ''}`} key={item.id}>
            <div className="govuk-task-list__name-and-hint">
              {item.href ? (
                <Link className="govuk-link govuk-task-list__link" href={item.href} aria-describedby={describedBy}>
                  {item.title}
                </Link>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div className={`govuk-task-list__status${item.href ? '' : ' govuk-task-list__status--cannot-start-yet'}`} id={statusId}>
              {item.status?.colour ? <Tag text={item.status.text} colour={item.status.colour} /> : item.status?.text}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
