/** What an uploaded recording is, by its first bytes (the browser's Content-Type is only a claim). */
export type AudioKind = 'audio/wav' | 'audio/ogg' | 'audio/mpeg' | 'audio/webm' | 'audio/flac';

export const MAX_CLIP_BYTES = 2 * 1024 * 1024;

export function sniffAudio(b: Uint8Array): AudioKind | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length < 12) return null;
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
  if (ascii(0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(0, 4) === 'fLaC') return 'audio/flac';
  if (ascii(0, 3) === 'ID3' || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return 'audio/webm';
  return null;
}
