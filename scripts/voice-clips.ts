/**
 * Generates the default voice clips, offline, with Debian's espeak-ng (Kazakh and Russian voices)
 * and opusenc: assets/voice/{kk,ru}/<key>.opus, committed, so nothing is synthesised or downloaded
 * at install or run time. Also writes docs/announcement-kk-ru.wav: one whole call, chime then kk
 * then ru, as the board plays it. Run again after changing server/announce/rules/words.ts:
 *   apt-get install espeak-ng opus-tools && npx tsx scripts/voice-clips.ts
 * (Ogg streams get a random serial number: every run rewrites every file, so run it only when
 * the words change, and commit what changed.)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callClips } from '../server/announce/rules/phrase';
import { clipCatalogue } from '../server/announce/rules/words';
import { wavFile } from '../server/announce/rules/wav';

const RATE = 22050; // espeak-ng's output rate
const tmp = mkdtempSync(join(tmpdir(), 'voice-'));

/** 16-bit mono PCM of a WAV file (espeak-ng writes a plain 44-byte header). */
function pcm(file: string): Int16Array {
  const b = readFileSync(file);
  const data = b.indexOf('data', 12);
  const start = data + 8;
  return new Int16Array(b.buffer.slice(b.byteOffset + start, b.byteOffset + b.length - ((b.length - start) % 2)));
}

/** Silence trimmed off both ends (espeak pads its words), keeping 30 ms. */
function trim(s: Int16Array): Int16Array {
  const loud = (v: number) => Math.abs(v) > 400;
  let a = s.findIndex(loud);
  let z = s.length - 1;
  while (z > 0 && !loud(s[z])) z--;
  if (a < 0) return s;
  const pad = Math.round(RATE * 0.03);
  a = Math.max(0, a - pad);
  z = Math.min(s.length, z + pad);
  return s.slice(a, z);
}

const wav = (samples: Int16Array) => wavFile(samples, RATE);

const VOICE = { kk: ['-v', 'kk', '-s', '145', '-p', '45'], ru: ['-v', 'ru', '-s', '150', '-p', '45'] } as const;
const spoken = new Map<string, Int16Array>();

for (const lang of ['kk', 'ru'] as const) {
  const dir = join('assets/voice', lang);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { key, words } of clipCatalogue(lang)) {
    const raw = join(tmp, `${lang}-${key}.wav`);
    execFileSync('espeak-ng', [...VOICE[lang], '-w', raw, words]);
    const samples = trim(pcm(raw));
    spoken.set(`${lang}:${key}`, samples);
    const clean = join(tmp, `${lang}-${key}-trim.wav`);
    writeFileSync(clean, wav(samples));
    execFileSync('opusenc', [
      '--quiet',
      '--bitrate',
      '24',
      '--comment',
      `words=${words}`,
      clean,
      join(dir, `${key}.opus`)
    ]);
  }
  console.log(`${lang}: ${clipCatalogue(lang).length} clips in ${dir}`);
}

// The docs sample: the board's chime (two tones, as display/announcer.ts plays it), then the call in kk and ru.
const gap = (ms: number) => new Int16Array(Math.round((RATE * ms) / 1000));
const chime = new Int16Array(Math.round(RATE * 1.4));
for (const [i, f] of [659.25, 523.25].entries())
  for (let n = 0; n < RATE; n++) {
    const t = n / RATE;
    const env = Math.min(1, t / 0.03) * Math.exp(-t * 5);
    const at = Math.round(i * 0.45 * RATE) + n;
    if (at < chime.length) chime[at] += Math.round(Math.sin(2 * Math.PI * f * t) * env * 9000);
  }
const parts: Int16Array[] = [chime];
for (const lang of ['kk', 'ru'] as const) {
  for (const key of callClips('А-015', { kind: 'WINDOW', number: 3 }, lang))
    parts.push(spoken.get(`${lang}:${key}`)!, gap(60));
  parts.push(gap(600));
}
const total = parts.reduce((n, p) => n + p.length, 0);
const all = new Int16Array(total);
let o = 0;
for (const p of parts) {
  all.set(p, o);
  o += p.length;
}
writeFileSync('docs/announcement-kk-ru.wav', wav(all));
console.log(`docs/announcement-kk-ru.wav: ${(total / RATE).toFixed(1)} s`);
rmSync(tmp, { recursive: true, force: true });
