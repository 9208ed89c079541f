import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/api.md against the routes (issue 20): every method of every endpoint under /api/v1 is
 * documented, and every documented method and path exists. The document's rows name a method
 * and a path (`| POST | \`/windows/:id/take\` |`), or a path in running text (`POST /auth/login`);
 * a route's parameters (`[id]`) match any value the document writes there.
 */
const ROOT = 'src/routes/api/v1';

function routes(dir = ROOT): Array<{ path: string; methods: string[] }> {
  const out: Array<{ path: string; methods: string[] }> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...routes(path));
    else if (name === '+server.ts') {
      const source = readFileSync(path, 'utf8');
      const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      out.push({ path: dir.slice(ROOT.length) || '/', methods });
    }
  }
  return out;
}

function documented(): Array<[string, string]> {
  const doc = readFileSync('docs/api.md', 'utf8');
  const found: Array<[string, string]> = [];
  const patterns = [
    /\b(GET|POST|PUT|PATCH|DELETE)\s*\|\s*`([^`]+)`/g, // a table row
    /`(GET|POST|PUT|PATCH|DELETE) (\/[^\s`]+)/g, // running text
    /^(GET|POST|PUT|PATCH|DELETE) (\/[^\s`]+)/gm // an example request
  ];
  for (const re of patterns) for (const m of doc.matchAll(re)) found.push([m[1], m[2]]);
  return found.map(([method, path]) => [method, path.replace(/^\/api\/v1/, '').split('?')[0]]);
}

const matcher = (route: string) =>
  new RegExp(
    `^${route
      .replace(/\./g, '\\.')
      .replace(/\[\.\.\.\w+\]/g, '.+')
      .replace(/\[[^\]]+\]/g, '[^/]+')}$`
  );

describe('docs/api.md', () => {
  const all = routes();
  const docs = documented();

  it('documents every endpoint the server answers', () => {
    expect(all.length).toBeGreaterThan(60);
    const missing = all.flatMap((r) =>
      r.methods
        .filter((m) => !docs.some(([dm, dp]) => dm === m && matcher(r.path).test(dp)))
        .map((m) => `${m} ${r.path}`)
    );
    expect(missing).toEqual([]);
  });

  it('documents no endpoint the server does not answer', () => {
    const stale = docs
      .filter(([m, p]) => !all.some((r) => r.methods.includes(m) && matcher(r.path).test(p)))
      .map(([m, p]) => `${m} ${p}`);
    expect(stale).toEqual([]);
  });
});
