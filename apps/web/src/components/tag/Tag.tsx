// A short status label. The words carry the meaning; the colour only helps, so a
// person who cannot tell red from green loses nothing.
import type { Severity } from '@cynnig/domain';

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'teal' | 'purple' | 'magenta' | 'pink' | 'red' | 'orange' | 'yellow';

/** The colour for each severity of a due item: overdue and urgent stand out, information stays quiet. */
export const severityColour: Record<Severity, TagColour> = {
  info: 'grey',
  due: 'blue',
  overdue: 'red',
  urgent: 'red',
};

export function Tag({ text, colour = 'blue' }: { text: string; colour?: TagColour }) {
  // Blue is the Design System's default tag; it needs no modifier class.
  return <strong className={`govuk-tag${colour === 'blue' ? '' : ` govuk-tag--${colour}`}`}>{text}</strong>;
}
