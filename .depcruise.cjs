/**
 * The server's import rules, checked in npm test by scripts/architecture.ts (which also checks that
 * capabilities never import each other in a circle, a rule this tool cannot state). See
 * docs/architecture.md.
 */
const PLUMBING = '^server/(db|http|realtime|auth|shared)/';
const FRONT_DOOR = '^server/[^/]+/(index\\.ts|rules/|rules\\.ts)';
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
      to: { path: '^server/', pathNot: PLUMBING }
    },
    {
      name: 'front-door',
      severity: 'error',
      comment:
        'A capability uses another through its front door (index.ts) or its pure rules; its other modules are its own.',
      from: { path: '^server/([^/]+)/' },
      to: { path: '^server/[^/]+/', pathNot: ['^server/$1/', PLUMBING, FRONT_DOOR] }
    },
    {
      name: 'routes-use-front-doors',
      severity: 'error',
      comment: 'Routes use a capability through its front door (index.ts) or its pure rules.',
      from: { path: '^src/' },
      to: { path: '^server/[^/]+/', pathNot: [PLUMBING, FRONT_DOOR] }
    },
    {
      name: 'composition-root-on-top',
      severity: 'error',
      comment: 'server/app.ts wires everything; inside server/ only the process entry (main.ts) reaches it.',
      from: { path: '^server/', pathNot: '^server/main\\.ts$' },
      to: { path: '^server/app\\.ts$' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^server/db/generated/|^i18n/paraglide/|node_modules)' }
  }
};
