/**
 * Previews for citation and entity links. Each link names a hidden description element
 * (aria-describedby → `.preview`, kept out of the text so copying, reader modes and search see the
 * text as written; screen readers announce it as the link's description). This script shows a copy
 * of it in one floating box: on mouse hover and keyboard focus, placed below the link (above if
 * there is no room) and always inside the viewport; on touch, the first tap shows it with a link to
 * follow, a second tap on the link follows it. Without JavaScript the links simply work.
 */
const box = document.createElement('div');
box.className = 'preview-pop';
box.hidden = true;
let owner: HTMLAnchorElement | undefined;
let lastPointer = 'mouse';

function descriptionOf(a: HTMLAnchorElement): HTMLElement | null {
  const id = a.getAttribute('aria-describedby');
  const el = id ? document.getElementById(id) : null;
  return el?.classList.contains('preview') ? el : null;
}

function place(a: HTMLAnchorElement) {
  const margin = 8;
  const r = a.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  box.style.maxWidth = `${Math.min(384, vw - 2 * margin)}px`;
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  const left = Math.min(Math.max(margin, r.left), vw - w - margin);
  const below = r.bottom + 6;
  const top = below + h > innerHeight - margin && r.top - 6 - h >= margin ? r.top - 6 - h : below;
  box.style.left = `${left + scrollX}px`;
  box.style.top = `${top + scrollY}px`;
}

function show(a: HTMLAnchorElement, withLink: boolean) {
  const d = descriptionOf(a);
  if (!d) return;
  owner = a;
  box.replaceChildren(...[...d.childNodes].map((n) => n.cloneNode(true)));
  if (withLink) {
    const go = document.createElement('a');
    go.setAttribute('href', a.getAttribute('href') ?? a.href);
    go.className = 'preview-go';
    go.textContent = a.classList.contains('cite-link') ? 'Go to the paragraph →' : 'Open the page →';
    box.append(' ', go);
  }
  if (!box.isConnected) document.body.append(box);
  box.hidden = false;
  place(a);
}

function hide() {
  box.hidden = true;
  owner = undefined;
}

const linkOf = (t: EventTarget | null) =>
  t instanceof Element ? (t.closest('a[aria-describedby]') as HTMLAnchorElement | null) : null;

document.addEventListener('pointerdown', (e) => {
  lastPointer = e.pointerType;
  if (owner && !box.contains(e.target as Node) && linkOf(e.target) !== owner) hide();
});
document.addEventListener('mouseover', (e) => {
  const a = linkOf(e.target);
  if (a && lastPointer === 'mouse' && a !== owner) show(a, false);
  else if (!a && owner && !box.contains(e.target as Node)) hide();
});
document.addEventListener('focusin', (e) => {
  const a = linkOf(e.target);
  // A tap also focuses the link: the click handler decides what a tap does.
  if (a && a !== owner && lastPointer !== 'touch') show(a, false);
});
document.addEventListener('focusout', (e) => {
  if (owner && !box.contains(e.relatedTarget as Node) && linkOf(e.relatedTarget) !== owner) hide();
});
document.addEventListener('click', (e) => {
  const a = linkOf(e.target);
  if (!a || lastPointer !== 'touch' || !descriptionOf(a)) return;
  // First tap: preview with a link. A second tap on the same link follows it.
  if (owner === a && !box.hidden) return;
  e.preventDefault();
  show(a, true);
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hide();
});
addEventListener('resize', () => owner && place(owner));
