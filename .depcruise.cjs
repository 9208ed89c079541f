/** Capability boundaries (issue 20), checked in npm test. See docs/architecture.md. */
const PLUMBING = '^server/(db|http|realtime|auth|shared)/';
const CAPABILITIES = [
  'announce',
  'calendar',
  'control',
  'devices',
  'documents',
  'offices',
  'printing',
  'queue',
  'reception',
  'survey',
  'board',
  'statistics'
];
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules never import each other in a circle.',
      from: { path: '^server/' },
      to: { circular: true }
    },
    {
      name: 'plumbing-imports-no-capability',
      severity: 'error',
      comment: 'db, http, realtime, auth and shared are below every capability.',
      from: { path: PLUMBING },
      to: { path: `^server/(${CAPABILITIES.join('|')})/` }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^server/db/generated/|^i18n/paraglide/)' }
  }
};
