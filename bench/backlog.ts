/**
 * A busy office's backlog written straight into the running server's SQLite file: today's waiting
 * tickets over all services (some out of turn) and a history of past days. Values are stored as
 * Prisma stores them (dates as ISO-8601 text with +00:00).
 */
import Database from 'better-sqlite3';

const iso = (d: Date) => d.toISOString().replace('Z', '+00:00');
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Almaty' });

export async function seedBacklog(file: string, { waiting, history }: { waiting: number; history: number }) {
  const db = new Database(file);
  db.pragma('busy_timeout = 10000');
  const insert =
    db.prepare(`INSERT INTO "Ticket" ("officeId", "serviceId", "serviceDay", "number", "code", "language", "category", "categoryStatus", "status", "token", "issuedAt", "arrivedAt", "calledAt", "finishedAt", "callCount", "needsAssistance")
    VALUES (1, ?, ?, ?, ?, 'kk', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`);
  const now = Date.now();
  const rows = (n: number, make: (i: number) => unknown[]) => {
    // In chunks: the server keeps serving between them.
    for (let i = 0; i < n; i += 5000)
      db.transaction(() => {
        for (let j = i; j < Math.min(n, i + 5000); j++) insert.run(...make(j));
      })();
  };
  rows(history, (i) => {
    const day = new Date(now - (1 + Math.floor(i / 500)) * 86_400_000);
    const at = new Date(day.getTime() - (i % 500) * 30_000);
    return [
      (i % 3) + 1,
      day.toISOString().slice(0, 10),
      i,
      `H-${i % 500}`,
      null,
      null,
      'DONE',
      `bench-h-${i}`,
      iso(at),
      iso(at),
      iso(at),
      iso(new Date(at.getTime() + 300_000)),
      1
    ];
  });
  const day = today();
  rows(waiting, (i) => {
    const at = new Date(now - (waiting - i) * 1000);
    const category = i % 50 === 0 ? 'DISABILITY' : null;
    return [
      (i % 3) + 1,
      day,
      100_000 + i,
      `Z-${i}`,
      category,
      category ? 'CLAIMED' : null,
      'WAITING',
      `bench-w-${i}`,
      iso(at),
      iso(at),
      null,
      null,
      0
    ];
  });
  db.pragma('optimize');
  db.close();
}
