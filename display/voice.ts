import { callCaption, callClips, type CallPlace } from '$server/announce/rules/phrase';
import type { Language } from '$server/shared/language';

/**
 * Spoken calls on the board: recorded clips joined in order (chime, then each language's phrase),
 * as hall queue systems do — works offline, no cloud voice. Settings are per board, in its URL:
 * ?voice=off, ?volume=0…100, ?langs=kk,ru (order kept).
 */
export interface VoiceSettings {
  enabled: boolean;
  volume: number;
  langs: Language[];
}

export function voiceSettings(params: URLSearchParams): VoiceSettings {
  const volume = Number(params.get('volume') ?? '100');
  const langs = (params.get('langs') ?? 'kk,ru').split(',').filter((l): l is Language => l === 'kk' || l === 'ru');
  return {
    enabled: params.get('voice') !== 'off',
    volume: Number.isFinite(volume) ? Math.min(100, Math.max(0, volume)) / 100 : 1,
    langs: langs.length ? [...new Set(langs)] : ['kk', 'ru']
  };
}

/** What the board said, newest last (for a technician's console and the tests); the last 30. */
export interface SpokenCall {
  code: string;
  lang: Language;
  clips: string[];
  caption: string;
  /** When the phrase started (ms since the epoch). */
  at: number;
}
declare global {
  interface Window {
    qabyldauVoiceLog?: SpokenCall[];
  }
}

const GAP = 0.04;
const BETWEEN_CALLS = 0.3;
const BETWEEN_LANGUAGES = 0.5;

/** A call to say: its ticket code and where to go. */
export interface Call {
  code: string;
  place: CallPlace;
}

export class VoicePlayer {
  private clips = new Map<string, Promise<AudioBuffer>>();

  constructor(
    private readonly office: string,
    /** This board's voice settings (from its URL), read once. */
    readonly settings: VoiceSettings
  ) {}

  /** After an administrator replaced a clip (or after a gap in events): fetch again, revalidated by ETag. */
  forget(): void {
    this.clips.clear();
  }

  private load(audio: AudioContext, lang: Language, key: string): Promise<AudioBuffer> {
    const id = `${lang}/${key}`;
    let p = this.clips.get(id);
    if (!p) {
      p = fetch(`/api/v1/voice/${encodeURIComponent(this.office)}/${lang}/${key}`)
        .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${id}: ${r.status}`))))
        .then((b) => audio.decodeAudioData(b));
      // A clip that failed (network) is fetched again next time, not remembered as broken.
      p.catch(() => this.clips.delete(id));
      this.clips.set(id, p);
    }
    return p;
  }

  /**
   * Speaks a burst of calls: every call in the first language, then every call in the next
   * (display/announcer.ts). `burst` may grow while the first language is spoken; `close` is called
   * when it has been. A call for which `current` is false by its turn (finished, transferred) is skipped.
   */
  async speakBurst(
    audio: AudioContext,
    burst: readonly Call[],
    close: () => void,
    current: (c: Call) => boolean,
    caption: (text: string, lang: Language) => void
  ): Promise<void> {
    const out = audio.createGain();
    out.gain.value = this.settings.volume;
    out.connect(audio.destination);
    try {
      for (const [n, lang] of this.settings.langs.entries()) {
        for (let i = 0; i < burst.length; i++) {
          if (current(burst[i])) await this.say(audio, out, burst[i], lang, caption);
        }
        if (n === 0) close();
        await sleep(BETWEEN_LANGUAGES);
      }
    } finally {
      out.disconnect();
    }
  }

  private async say(
    audio: AudioContext,
    out: AudioNode,
    { code, place }: Call,
    lang: Language,
    caption: (text: string, lang: Language) => void
  ): Promise<void> {
    const keys = callClips(code, place, lang);
    const text = callCaption(code, place, lang);
    const buffers = (await Promise.allSettled(keys.map((k) => this.load(audio, lang, k)))).flatMap((r) =>
      r.status === 'fulfilled' ? [r.value] : []
    );
    caption(text, lang);
    const log = (window.qabyldauVoiceLog ??= []);
    log.push({ code, lang, clips: keys, caption: text, at: Date.now() });
    if (log.length > 30) log.splice(0, log.length - 30);
    let at = audio.currentTime + 0.05;
    for (const b of buffers) {
      const src = audio.createBufferSource();
      src.buffer = b;
      src.connect(out);
      src.start(at);
      at += b.duration + GAP;
    }
    await sleep(at - audio.currentTime + BETWEEN_CALLS);
  }
}

const sleep = (seconds: number) => new Promise((r) => setTimeout(r, Math.max(0, seconds * 1000)));
