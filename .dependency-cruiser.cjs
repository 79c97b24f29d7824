/**
 * The project's dependency rules (dependency-cruiser), checked by `npm run lint:deps` and by
 * scripts/dependency-rules.test.ts. Dependencies point one way:
 *
 *   scripts/core/  ←  stages (scripts/ingest/, scripts/citations/)  ←  scripts/knowledge/  ←  site (src/)
 *
 * with the diagram library (scripts/diagrams/) and tools (scripts/check.ts, scripts/bench/, …)
 * beside them. Test files are the top layer: they may import anything.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-self-contained',
      comment: 'The domain core (scripts/core/) imports nothing of the project outside itself: packages only.',
      severity: 'error',
      from: { path: '^scripts/core/' },
      to: { dependencyTypes: ['local'], pathNot: '^scripts/core/' },
    },
    {
      name: 'scripts-not-to-site-or-tests',
      comment: 'Scripts (stages, knowledge, checks, the benchmark) never import the site (src/) or test helpers (tests/); a test file beside them may.',
      severity: 'error',
      from: { path: '^scripts/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(src|tests)/' },
    },
    {
      name: 'stages-not-to-knowledge',
      comment: 'The pipeline stages (scripts/ingest/, scripts/citations/) come before the knowledge layer and never import it.',
      severity: 'error',
      from: { path: '^scripts/(ingest|citations)/' },
      to: { path: '^scripts/knowledge/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // dependency-cruiser's TypeScript support needs TypeScript < 7; swc parses the sources instead.
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.cache|\\.astro|__fixtures__|__golden__)/' },
    // Type-only imports count: a type is a dependency too.
    tsPreCompilationDeps: true,
  },
};
