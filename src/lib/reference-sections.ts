import { entityPath, figuresPath, sourcesIndexPath, timelinePath } from '../../scripts/core/routes.ts';

/** The reference sections, as the home page and the 404 page offer them (the sidebar lists the same). */
export const REFERENCE_SECTIONS = [
  { path: sourcesIndexPath(), title: 'Sources', description: 'every news article the explainers rest on, with numbered paragraphs' },
  { path: entityPath(), title: 'Entities', description: 'the companies, models, chips, people and policies the articles name' },
  { path: figuresPath(), title: 'Figures', description: 'every amount and percentage in the articles, and where sources disagree' },
  { path: timelinePath(), title: 'Timeline', description: 'the dated events in the articles, in order' },
] as const satisfies readonly { path: `/${string}`; title: string; description: string }[];
