/** Replaces the test document's body with fixture markup (test-authored, never page or user text). */
export function setBody(html: string): HTMLElement {
  document.body.replaceChildren();
  const template = document.createElement('template');
  template.innerHTML = html;
  document.body.append(template.content);
  return document.body;
}
