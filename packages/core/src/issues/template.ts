/**
 * Fills the `{name}` placeholders of a message template from `values`. A
 * placeholder without a value stays as written, so a missing parameter
 * shows in the message instead of the text "undefined".
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number | undefined>>,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}
