import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { audit } from '../auth/audit';
import { ADMIN_ROLES } from '../auth/roles';
import { assertInScope } from '../auth/scope';
import { requireRole, type SessionUser } from '../auth/sessions';
import { TX_OPTIONS, type Db, type Tx } from '../db/client';
import { appendEvent } from '../feed';
import type { Ctx } from '../realtime/context';
import { DomainError } from '../shared/errors';
import type { Language } from '../shared/language';
import { MAX_CLIP_BYTES, sniffAudio } from './rules/audio';
import { clipCatalogue } from './rules/words';

/**
 * The voice clips a board plays: the office's own recording where an administrator put one,
 * otherwise the default (assets/voice, generated offline by scripts/voice-clips.ts). A change
 * is an office event ('office.voice') so every board of the office drops its cached clips.
 */
const ASSETS = resolve(process.env.QABYLDAU_ROOT ?? process.cwd(), 'assets/voice');
const defaults = new Map<string, { body: Buffer; etag: string }>();
const known = {
  kk: new Set(clipCatalogue('kk').map((c) => c.key)),
  ru: new Set(clipCatalogue('ru').map((c) => c.key))
};

function assertClip(lang: string, key: string): asserts lang is Language {
  if ((lang !== 'kk' && lang !== 'ru') || !known[lang].has(key)) throw new DomainError('unknown_clip');
}

function defaultClip(lang: Language, key: string) {
  const id = `${lang}/${key}`;
  let clip = defaults.get(id);
  if (!clip) {
    const body = readFileSync(resolve(ASSETS, lang, `${key}.opus`));
    clip = { body, etag: `"d-${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` };
    defaults.set(id, clip);
  }
  return clip;
}

/** One clip of an office, for its boards (public: a clip is a word, never personal data). */
export async function clipFile(db: Db, officeCode: string, lang: string, key: string) {
  assertClip(lang, key);
  const office = await db.office.findUnique({ where: { code: officeCode }, select: { id: true } });
  if (!office) throw new DomainError('unknown_office');
  const own = await db.voiceClip.findUnique({
    where: { officeId_lang_key: { officeId: office.id, lang, key } },
    select: { data: true, mime: true, sha256: true }
  });
  if (own) return { body: Buffer.from(own.data), mime: own.mime, etag: `"o-${own.sha256.slice(0, 16)}"` };
  return { ...defaultClip(lang, key), mime: 'audio/ogg' };
}

/** The administrator's list: every clip with its words, and which ones the office replaced. */
export async function clipList(db: Db, u: SessionUser | null, officeId: number) {
  const admin = requireRole(u, ADMIN_ROLES);
  assertInScope(admin, officeId, 'unknown_office');
  const own = await db.voiceClip.findMany({
    where: { officeId },
    select: { lang: true, key: true, size: true, at: true }
  });
  const mine = new Map(own.map((c) => [`${c.lang}/${c.key}`, c]));
  const list = (lang: Language) =>
    clipCatalogue(lang).map((c) => ({ ...c, replaced: mine.get(`${lang}/${c.key}`) ?? null }));
  return { kk: list('kk'), ru: list('ru') };
}

async function changed(ctx: Ctx, tx: Tx, officeId: number, detail: Record<string, unknown>) {
  const office = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
  return appendEvent(tx, { officeId, type: 'office.voice', at: ctx.now(), detail }, office.timeZone);
}

/** Puts a recording in place of a clip (WAV, Ogg/Opus, MP3, WebM or FLAC up to 2 MB). */
export async function replaceClip(
  ctx: Ctx,
  u: SessionUser | null,
  officeId: number,
  lang: string,
  key: string,
  body: Buffer
) {
  const admin = requireRole(u, ADMIN_ROLES);
  assertInScope(admin, officeId, 'unknown_office');
  assertClip(lang, key);
  const mime = sniffAudio(body);
  if (!mime || body.length > MAX_CLIP_BYTES) throw new DomainError('bad_audio');
  const sha256 = createHash('sha256').update(body).digest('hex');
  const data = { mime, size: body.length, sha256, data: new Uint8Array(body), uploadedById: admin.id, at: ctx.now() };
  const event = await ctx.db.$transaction(async (tx) => {
    await tx.voiceClip.upsert({
      where: { officeId_lang_key: { officeId, lang, key } },
      create: { officeId, lang, key, ...data },
      update: data
    });
    await audit({ db: tx, now: ctx.now }, admin, officeId, 'voice.replace', 'VoiceClip', null, {
      lang,
      key,
      size: body.length,
      mime
    });
    return changed(ctx, tx, officeId, { lang, key, replaced: true });
  }, TX_OPTIONS);
  ctx.publish(event);
  return { lang, key, size: body.length, mime };
}

/** Back to the default clip. */
export async function revertClip(ctx: Ctx, u: SessionUser | null, officeId: number, lang: string, key: string) {
  const admin = requireRole(u, ADMIN_ROLES);
  assertInScope(admin, officeId, 'unknown_office');
  assertClip(lang, key);
  const event = await ctx.db.$transaction(async (tx) => {
    const gone = await tx.voiceClip.deleteMany({ where: { officeId, lang, key } });
    await audit({ db: tx, now: ctx.now }, admin, officeId, 'voice.revert', 'VoiceClip', null, { lang, key });
    return gone.count ? changed(ctx, tx, officeId, { lang, key, replaced: false }) : null;
  }, TX_OPTIONS);
  if (event) ctx.publish(event);
  return { lang, key, replaced: false };
}
