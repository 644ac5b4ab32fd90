// Layers that point one way (issue 9): `npm run check:layers` fails on a cycle anywhere
// (type-only imports included) or on an import against the direction below.
//
//   domain/   the vocabulary every layer speaks; imports none of them
//   loaders/  documents → records; pure: no Neo4j, no API
//   graph/    the only code that talks to Neo4j; knows nothing of loaders, API or web
//   cli/      wires loaders → graph (npm run load, npm start --load)
//   api/      GraphQL over graph/ (and cli/ for --load)
//   web/      the page; speaks to the API over HTTP only, shares domain/ code
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-is-the-bottom',
      severity: 'error',
      from: { path: '^domain/' },
      to: { path: '^(loaders|graph|cli|api|web|bench|tests)/' },
    },
    {
      name: 'domain-has-no-io',
      comment: 'domain/ runs in the browser too (web imports it): no Node or database modules.',
      severity: 'error',
      from: { path: '^domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'loaders-are-pure',
      severity: 'error',
      from: { path: '^loaders/' },
      to: { path: '^(graph|cli|api|web)/|neo4j-driver' },
    },
    {
      name: 'graph-knows-no-callers',
      severity: 'error',
      from: { path: '^graph/' },
      to: { path: '^(loaders|cli|api|web)/' },
    },
    { name: 'cli-below-api', severity: 'error', from: { path: '^cli/' }, to: { path: '^(api|web)/' } },
    { name: 'api-no-web-no-parser', severity: 'error', from: { path: '^api/' }, to: { path: '^(web|loaders)/' } },
    {
      name: 'web-over-http-only',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(graph|loaders|cli|api)/|neo4j-driver' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|graph/launcher/target)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
