/** The reference sections, as the home page and the 404 page offer them (the sidebar lists the same). */
export const REFERENCE_SECTIONS = [
  { path: '/sources/', title: 'Sources', description: 'every news article the explainers rest on, with numbered paragraphs' },
  { path: '/entities/', title: 'Entities', description: 'the companies, models, chips, people and policies the articles name' },
  { path: '/figures/', title: 'Figures', description: 'every amount and percentage in the articles, and where sources disagree' },
  { path: '/timeline/', title: 'Timeline', description: 'the dated events in the articles, in order' },
] as const satisfies readonly { path: `/${string}`; title: string; description: string }[];
