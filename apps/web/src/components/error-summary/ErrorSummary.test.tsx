import { afterEach, describe, expect, it } from 'vitest';
import { click, mount, text, type Mounted } from '../../test-support/render';
import { TextInput } from '../text-input/TextInput';
import { ErrorSummary } from './ErrorSummary';

let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

describe('the error summary', () => {
  it('says nothing and takes no space when there are no errors', () => {
    mounted = mount(<ErrorSummary items={[]} />);
    expect(mounted.container.innerHTML).toBe('');
  });

  it('moves focus to the field when its message is clicked', async () => {
    mounted = mount(
      <>
        <ErrorSummary items={[{ field: 'child.givenName', message: "Enter the child's first name" }]} />
        <TextInput name="child.givenName" label="First name" error="Enter the child's first name" />
      </>,
    );
    const link = document.querySelector('.govuk-error-summary a');
    expect(link?.getAttribute('href')).toBe('#child-givenName');
    await click(link);
    expect(document.activeElement?.id).toBe('child-givenName');
  });

  it('is announced as an alert and focused as soon as it appears', () => {
    mounted = mount(<ErrorSummary items={[{ field: null, message: 'The case is closed' }]} />);
    expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true);
    expect(text(document.querySelector('[role="alert"]'))).toContain('The case is closed');
  });
});
