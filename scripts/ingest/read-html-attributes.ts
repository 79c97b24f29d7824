/**
 * HTML attribute names are case-insensitive, but linkedom keeps them as written: a React or Next.js page saved from
 * the browser writes `dateTime`, `itemProp`, `itemScope`, `charSet`, and a selector for `time[datetime]` misses them.
 * Each camel-cased attribute is given its lower-case name too, as a browser's parser gives it.
 */
interface AttrElement {
  attributes: ArrayLike<{ name: string; value: string }>;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
}

export function lowerCaseAttributes(document: { querySelectorAll(selector: string): ArrayLike<unknown> }): void {
  for (const el of Array.from(document.querySelectorAll('*')) as AttrElement[]) {
    for (const { name, value } of Array.from(el.attributes)) {
      const lower = name.toLowerCase();
      if (lower !== name && !el.hasAttribute(lower)) el.setAttribute(lower, value);
    }
  }
}
