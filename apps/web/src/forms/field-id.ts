// One rule for turning a form field's name into the id of its input, so that the
// error summary's links always land on the field they talk about.

/** "child.dateOfBirth" -> "child-dateOfBirth"; ids stay valid CSS selectors and URL fragments. */
export function fieldId(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '-');
}
