/**
 * Click or tap a diagram (or its "Enlarge diagram" button) to see it in a native modal <dialog>:
 * the SVG moves into the dialog and back on close (so its ids stay unique). No diagram runtime.
 * Loaded on every page from the Head override (a deferred module), so the main content holds no
 * script; on a page without diagram figures (scripts/diagrams/figure.ts) it does nothing.
 */
for (const b of document.querySelectorAll<HTMLButtonElement>('.diagram-enlarge')) b.hidden = false;
document.addEventListener('click', (e) => {
  const t = e.target as Element;
  // A click on a link in a graph follows the link.
  const box = t.closest?.('a') ? null : t.closest?.('.diagram-enlarge,.diagram-scroll')?.closest('figure')?.querySelector('.diagram-scroll');
  const svg = box?.querySelector('svg');
  if (!box || !svg) return;
  const d = document.createElement('dialog');
  const x = document.createElement('button');
  d.className = 'diagram-dialog';
  d.setAttribute('aria-label', svg.querySelector('title')?.textContent ?? 'Diagram');
  x.textContent = 'Close';
  x.onclick = () => d.close();
  d.onclick = (c) => c.target === d && d.close();
  d.onclose = () => (box.append(svg), d.remove());
  d.append(x, svg);
  document.body.append(d);
  d.showModal();
});
