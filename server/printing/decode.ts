import type { Bitmap } from './render';

/**
 * Reads an ESC/POS byte stream the way a printer would, for the virtual printer and
 * the tests: raster bands (GS v 0) are stacked into one bitmap, and the rest is noted.
 * Only the commands this product sends are understood; anything else is an error, so
 * a stray byte cannot go unnoticed.
 */
export interface Decoded {
  bitmap: Bitmap | null;
  /** Code tables selected with ESC t n, in order. */
  codepages: number[];
  cuts: number;
  /** Real-time status requests (DLE EOT n) and where they came in the stream. */
  statusRequests: Array<{ n: number; offset: number }>;
  /** Printable bytes in text mode, as sent (in the selected code table). */
  text: number[];
  qrcodes: string[];
  /** True when the stream ended inside a command: the job was cut short. */
  truncated: boolean;
}

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const FS = 0x1c;

/** ESC commands → how many argument bytes follow. */
const ESC_ARGS: Record<number, number> = {
  0x40: 0, // @ initialise
  0x74: 1, // t code table
  0x61: 1, // a alignment
  0x45: 1, // E bold
  0x2d: 1, // - underline
  0x34: 1, // 4 italic (some models)
  0x32: 0, // 2 default line spacing
  0x33: 1, // 3 line spacing
  0x64: 1, // d feed n lines
  0x4a: 1, // J feed n dots
  0x4d: 1, // M font
  0x21: 1, // ! print mode
  0x52: 1 // R international character set
};
/** GS commands with fixed arguments. */
const GS_ARGS: Record<number, number> = {
  0x21: 1, // ! character size
  0x42: 1, // B reverse
  0x50: 2, // P motion units
  0x4c: 2 // L left margin
};

export function decodeEscPos(bytes: Uint8Array): Decoded {
  const out: Decoded = {
    bitmap: null,
    codepages: [],
    cuts: 0,
    statusRequests: [],
    text: [],
    qrcodes: [],
    truncated: false
  };
  const bands: Bitmap[] = [];
  let i = 0;
  const need = (n: number) => {
    if (i + n > bytes.length) throw new Truncated();
  };
  try {
    while (i < bytes.length) {
      const b = bytes[i];
      if (b === ESC) {
        need(2);
        const cmd = bytes[i + 1];
        const args = ESC_ARGS[cmd];
        if (args === undefined) throw new Error(`unknown command ESC 0x${cmd.toString(16)} at ${i}`);
        need(2 + args);
        if (cmd === 0x74) out.codepages.push(bytes[i + 2]);
        i += 2 + args;
      } else if (b === GS) {
        need(2);
        const cmd = bytes[i + 1];
        if (cmd === 0x76) {
          // GS v 0 m xL xH yL yH d1…dk: a raster band, xL+xH·256 bytes wide, yL+yH·256 rows.
          need(8);
          const widthBytes = bytes[i + 4] | (bytes[i + 5] << 8);
          const rows = bytes[i + 6] | (bytes[i + 7] << 8);
          const size = widthBytes * rows;
          need(8 + size);
          const width = widthBytes * 8;
          const dots = new Uint8Array(width * rows);
          for (let y = 0; y < rows; y++)
            for (let x = 0; x < width; x++)
              dots[y * width + x] = (bytes[i + 8 + y * widthBytes + (x >> 3)] >> (7 - (x & 7))) & 1;
          bands.push({ width, height: rows, dots });
          i += 8 + size;
        } else if (cmd === 0x56) {
          // GS V m [n]: cut; m = 65/66 carry a feed amount.
          need(3);
          const m = bytes[i + 2];
          i += m === 65 || m === 66 ? 4 : 3;
          out.cuts++;
        } else if (cmd === 0x28) {
          // GS ( k pL pH cn fn …: 2D codes; fn 80 stores QR data, 81 prints it.
          need(5);
          const len = bytes[i + 3] | (bytes[i + 4] << 8);
          need(5 + len);
          if (bytes[i + 2] === 0x6b && bytes[i + 5] === 49 && bytes[i + 6] === 80) {
            out.qrcodes.push(new TextDecoder().decode(bytes.subarray(i + 8, i + 5 + len)));
          }
          i += 5 + len;
        } else if (GS_ARGS[cmd] !== undefined) {
          need(2 + GS_ARGS[cmd]);
          i += 2 + GS_ARGS[cmd];
        } else throw new Error(`unknown command GS 0x${cmd.toString(16)} at ${i}`);
      } else if (b === DLE) {
        need(3);
        if (bytes[i + 1] !== 0x04) throw new Error(`unknown command DLE 0x${bytes[i + 1].toString(16)} at ${i}`);
        out.statusRequests.push({ n: bytes[i + 2], offset: i });
        i += 3;
      } else if (b === FS) {
        // FS . (cancel Kanji mode) and FS & / FS C: single or no argument; none print.
        need(2);
        i += bytes[i + 1] === 0x43 ? 3 : 2;
      } else {
        if (b >= 0x20 || b === 0x0a) out.text.push(b);
        i++;
      }
    }
  } catch (e) {
    if (!(e instanceof Truncated)) throw e;
    out.truncated = true;
  }
  out.bitmap = stack(bands);
  return out;
}

class Truncated extends Error {}

function stack(bands: Bitmap[]): Bitmap | null {
  if (bands.length === 0) return null;
  const width = Math.max(...bands.map((b) => b.width));
  const height = bands.reduce((h, b) => h + b.height, 0);
  const dots = new Uint8Array(width * height);
  let y0 = 0;
  for (const b of bands) {
    for (let y = 0; y < b.height; y++) dots.set(b.dots.subarray(y * b.width, (y + 1) * b.width), (y0 + y) * width);
    y0 += b.height;
  }
  return { width, height, dots };
}
