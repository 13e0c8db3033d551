/** `{{name}}` placeholders filled from data; an unknown name is left as written, to be seen. */
export function fill(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, k: string) => data[k] ?? whole);
}
