/**
 * Generates what the source tree derives: the Prisma clients (SQLite and
 * PostgreSQL, from the one schema) and the Paraglide message functions.
 * Runs before dev, build, test and start; fails loudly on a missing message.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { schemaText } from '../prisma/schemas';

const bin = (name: string) => `node_modules/.bin/${name}`;
// `prisma generate` needs no schema engine, but the CLI insists on finding one
// before it starts; any existing file satisfies it and nothing is downloaded.
const prismaEnv = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };

// tsconfig.json extends SvelteKit's generated one, and the Prisma CLI reads it: sync first.
execFileSync(bin('svelte-kit'), ['sync'], { stdio: ['ignore', 'ignore', 'inherit'] });

mkdirSync('prisma/postgres', { recursive: true });
writeFileSync('prisma/postgres/schema.prisma', schemaText('postgresql'));
for (const schema of ['prisma/schema.prisma', 'prisma/postgres/schema.prisma']) {
  execFileSync(bin('prisma'), ['generate', '--schema', schema], {
    env: prismaEnv,
    stdio: ['ignore', 'ignore', 'inherit']
  });
}

execFileSync(bin('paraglide-js'), ['compile', '--project', './i18n/project.inlang', '--outdir', './i18n/paraglide'], {
  stdio: ['ignore', 'ignore', 'inherit']
});

// Paraglide reports success even when its plugin failed to load and no message was
// compiled (NOTES.md), so check the output against the sources ourselves.
type Source = Record<string, string | Array<{ match: Record<string, string> }>>;
const load = (l: string) => JSON.parse(readFileSync(`i18n/messages/${l}.json`, 'utf8')) as Source;
const kk = load('kk');
const ru = load('ru');
const keys = (o: Source) => Object.keys(o).filter((k) => k !== '$schema');
// A message is text, or its plural variants (each non-empty, the `other` form always there).
const present = (v: Source[string] | undefined) =>
  typeof v === 'string'
    ? v.trim() !== ''
    : Array.isArray(v) &&
      v.every((m) => Object.values(m.match).every((t) => t.trim() !== '')) &&
      v.some((m) => Object.keys(m.match).some((c) => c.endsWith('=other')));
const problems: string[] = [];
for (const k of keys(kk)) if (!present(ru[k])) problems.push(`ru is missing ${k}`);
for (const k of keys(ru)) if (!present(kk[k])) problems.push(`kk is missing ${k}`);
const compiled: Record<string, unknown> = await import('../i18n/paraglide/messages.js');
for (const k of keys(kk)) if (typeof compiled[k] !== 'function') problems.push(`not compiled: ${k}`);
if (problems.length) {
  console.error(`i18n: ${problems.length} problem(s)\n  ${problems.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
// Typed label tables (i18n/paraglide/labels.ts): a code from the server (an application's state, a
// ground, an event) meets its words through a table of message functions named in code, never
// through a key built at run time — the bundler keeps what a screen uses, the type checker the rest.
const TABLES = [
  'action',
  'app_state',
  'audit_a',
  'audit_d',
  'audit_e',
  'category',
  'channel',
  'ct_ev',
  'ct_ground',
  'ct_issuer',
  'ct_kind',
  'ct_rem',
  'ct_reminder',
  'ct_req',
  'ct_signed_as',
  'ct_source',
  'ct_state',
  'ct_unit',
  'ctrl',
  'device_kind',
  'desk_identity',
  'doc_ground',
  'doc_issuer',
  'doc_source',
  'error',
  'ext',
  'field',
  'ground',
  'help_lang',
  'kind',
  'lang_name',
  'light_short',
  'method',
  'notice',
  'notify',
  'pr_kind',
  'pr_lang',
  'pr_state',
  'rc_approver',
  'rc_step',
  'record',
  'role',
  'rule',
  'sched_state',
  'session_type',
  'staff_category',
  'status',
  'survey_channel',
  'task',
  'weekday',
  'window_kind'
];
const identifier = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
const tables = TABLES.map((t) => {
  const members = keys(kk)
    .filter((k) => k.startsWith(`${t}_`))
    .map((k) => `  ${identifier(k.slice(t.length + 1))}: m.${k}`);
  if (!members.length) problems.push(`no messages for the label table ${t}`);
  return `export const ${t}: Table = /* @__PURE__ */ table({\n${members.join(',\n')}\n});`;
});
writeFileSync(
  'i18n/paraglide/labels.ts',
  [
    '// Written by scripts/gen.ts from i18n/messages: one table of message functions per closed set.',
    "import * as m from './messages.js';",
    '// Declared as a method: a message that takes parameters still fits the one table type.',
    "export type Message = { call(inputs?: Record<string, unknown>, options?: { locale?: 'kk' | 'ru' }): string }['call'];",
    'export type Table = Readonly<Record<string, Message | undefined>>;',
    '// Without a prototype: a code such as «__proto__» or «constructor» finds nothing, not Object.prototype.',
    'const table = (t: Record<string, Message>): Table => Object.freeze(Object.assign(Object.create(null), t));',
    ...tables,
    ''
  ].join('\n')
);
if (problems.length) {
  console.error(`i18n: ${problems.length} problem(s)\n  ${problems.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
console.log(`generated: 2 Prisma clients, ${keys(kk).length} messages in kk and ru, ${TABLES.length} label tables`);
