/**
 * The server's shape, checked in npm test (docs/architecture.md):
 * - dependency-cruiser's rules (.depcruise.cjs): no module circle; plumbing (db, http, realtime, auth,
 *   shared) imports no capability; only a capability's HTTP adapter (api.ts) reaches the app's
 *   composition root;
 * - what dependency-cruiser cannot say: capabilities (server/<name>/) do not import each other in a
 *   circle, however long; routes (src/) never touch the database themselves — they parse, call a
 *   capability, answer.
 * `--write` redraws the graph in docs/architecture.md; without it the drawing must match the code.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cruise, type ICruiseResult, type IReporterOutput } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const rules = (await import('../.depcruise.cjs')).default as { forbidden: unknown[]; options: Record<string, unknown> };
const output: IReporterOutput = await cruise(
  ['server', 'src'],
  // validate: without it the rules are not applied at all (they were not, until issue 20's front doors).
  { ...rules.options, validate: true, ruleSet: { forbidden: rules.forbidden } } as never,
  // SvelteKit's alias, which the generated tsconfig states in a form the resolver does not follow.
  { alias: { $server: `${process.cwd()}/server` } } as never,
  {
    tsConfig: extractTSConfig('tsconfig.json')
  }
);
const result = output.output as ICruiseResult;
const problems: string[] = [];
for (const v of result.summary.violations) problems.push(`${v.rule.name}: ${v.from} → ${v.to}`);

export const PLUMBING = new Set(['db', 'http', 'realtime', 'auth', 'shared']);
const area = (path: string) => {
  const m = /^server\/([^/]+)\//.exec(path);
  return m ? m[1] : null;
};

// Capability → capability edges, each with one example import.
const edges = new Map<string, Map<string, string>>();
for (const m of result.modules) {
  const from = area(m.source);
  if (!from || PLUMBING.has(from)) continue;
  for (const d of m.dependencies) {
    const to = area(d.resolved);
    if (!to || to === from || PLUMBING.has(to)) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `${m.source} → ${d.resolved}`);
  }
}

// A circle: a path from a capability back to itself (depth-first search with colours).
const state = new Map<string, 'open' | 'done'>();
const stack: string[] = [];
function visit(node: string): void {
  state.set(node, 'open');
  stack.push(node);
  for (const [next, example] of edges.get(node) ?? []) {
    if (state.get(next) === 'open') {
      const circle = [...stack.slice(stack.indexOf(next)), next];
      problems.push(`capabilities in a circle: ${circle.join(' → ')} (e.g. ${example})`);
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(node, 'done');
}
for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);

// The drawing: every capability with what it uses, as a Mermaid graph.
const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])])].sort();
const graph = [
  '```mermaid',
  'graph TD',
  ...nodes.flatMap((n) => [...(edges.get(n)?.keys() ?? [])].sort().map((to) => `  ${n} --> ${to}`)),
  '```'
].join('\n');
const doc = 'docs/architecture.md';
const text = readFileSync(doc, 'utf8');
const drawn = /<!-- graph:start -->([\s\S]*?)<!-- graph:end -->/.exec(text);
if (process.argv.includes('--write')) {
  writeFileSync(
    doc,
    text.replace(/<!-- graph:start -->[\s\S]*?<!-- graph:end -->/, `<!-- graph:start -->\n${graph}\n<!-- graph:end -->`)
  );
} else if (drawn?.[1].trim() !== graph)
  problems.push(`${doc}: the drawn graph differs from the code (npm run architecture -- --write)`);

// What dependency-cruiser cannot say, line by line: each source file is read once and each of its
// lines put to the checks of its folder.
const DB_USE =
  /\bdb\.(\$(queryRaw|executeRaw|transaction)|[a-z]\w*\.(find|count|create|update|upsert|delete|aggregate|groupBy))|\$server\/db\//;
const CAPABILITY_IMPORT = /^\s*import\s+(type\s+)?[^'"]*from\s+'\$server\/([a-z-]+)(\/[^']*)?'/;
const SCREENS = ['kiosk', 'display', 'staff', 'ui'];
const LINE_CHECKS: Array<{ dirs: string[]; fails: (line: string) => boolean; problem: string }> = [
  // Routes reach the database only through a capability: no model call, no raw statement, no client.
  {
    dirs: ['src'],
    fails: (line) => DB_USE.test(line),
    problem: 'a route touches the database (move the read into its capability)'
  },
  // The server runs outside SvelteKit too (tests, the compiled workers, the backup command):
  // SvelteKit's virtual modules are the routes' to pass in, never imported by server/.
  {
    dirs: ['server'],
    fails: (line) => /from '\$(app|env)\//.test(line),
    problem: 'server code imports a SvelteKit module (let the route pass it)'
  },
  // One catalogue, typed keys (issue 20): a message is named in code (m.key) or reached through a
  // generated label table (i18n/paraglide/labels.ts) — never by a key built at run time.
  {
    dirs: ['server', 'src', ...SCREENS],
    fails: (line) => /\bm as unknown as\b|\bm\[`/.test(line),
    problem: 'a message key built at run time (use m.key or a label table)'
  },
  // The browser's code takes from a capability its types (through the front door, erased at build)
  // or its pure rules — never a service, which would ship server code to a screen.
  {
    dirs: SCREENS,
    fails: (line) => {
      const m = CAPABILITY_IMPORT.exec(line);
      if (!m || PLUMBING.has(m[2])) return false;
      const rules = m[3] !== undefined && /^\/rules(\/|$)/.test(m[3]);
      return !rules && (m[3] !== undefined || !m[1]);
    },
    problem: "a screen imports a capability's service (import its types, or its rules)"
  }
];
for (const dir of new Set(LINE_CHECKS.flatMap((c) => c.dirs))) {
  const checks = LINE_CHECKS.filter((c) => c.dirs.includes(dir));
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|svelte)$/.test(file) || (dir === 'server' && file.startsWith('db/generated'))) continue;
    readFileSync(`${dir}/${file}`, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const c of checks) if (c.fails(line)) problems.push(`${c.problem}: ${dir}/${file}:${i + 1}`);
      });
  }
}

if (problems.length) {
  console.error(`architecture: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`architecture: ${result.summary.totalCruised} modules, ${nodes.length} capabilities, no circle`);
