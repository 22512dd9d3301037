/**
 * Greyscale images for OCR: one byte per pixel, rows top to bottom. Pure functions, no I/O, so
 * they run on any thread and are tested on images built in the test.
 *
 * Why grey: tesseract binarises a grey image anyway; handing it 8-bit PGM instead of an RGBA PNG
 * spares the PNG inflate and colour conversion inside WebAssembly, and a PGM costs nothing to write.
 */

export interface GrayImage {
  width: number;
  height: number;
  /** width * height bytes, 0 = black, 255 = white. */
  data: Uint8Array;
}

/** ITU-R BT.601 luma from RGBA (or RGB with `channels` 3), integer weights summing to 256. */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: 3 | 4 = 4): GrayImage {
  const n = width * height;
  if (rgba.length < n * channels) throw new RangeError(`expected ${n * channels} bytes for ${width}x${height}, got ${rgba.length}`);
  const data = new Uint8Array(n);
  for (let i = 0, j = 0; j < n; i += channels, j++) data[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  return { width, height, data };
}

/** Binary PGM (P5), which tesseract's image reader (leptonica) decodes without a codec. */
export function encodePgm(img: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head, 0);
  out.set(img.data, head.length);
  return out;
}

/** Reads a binary PGM written by encodePgm (tests, tools). */
export function decodePgm(bytes: Uint8Array): GrayImage {
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 64)));
  if (!m) throw new Error('not an 8-bit binary PGM');
  const width = Number(m[1]);
  const height = Number(m[2]);
  const data = bytes.slice(m[0].length, m[0].length + width * height);
  if (data.length !== width * height) throw new Error('PGM data is truncated');
  return { width, height, data };
}

/**
 * Ink thickened by `radius` pixels: each pixel becomes the darkest of its (2r+1)^2 neighbourhood
 * (a grey-level erosion of the paper, separable: a row pass, then a column pass). Faded thermal and
 * dot-matrix print reaches tesseract as strokes broken into dots ("27/03/2018" read "27RAENTE");
 * joined, the glyphs are found whole. Used only for a second reading (see ../second-look.ts).
 */
export function thickenInk(img: GrayImage, radius = 1): GrayImage {
  const { width: w, height: h, data } = img;
  const r = Math.max(0, Math.floor(radius));
  if (r === 0) return { width: w, height: h, data: data.slice() };
  const rows = new Uint8Array(data.length);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let m = 255;
      for (let k = Math.max(0, x - r), end = Math.min(w - 1, x + r); k <= end; k++) if (data[row + k] < m) m = data[row + k];
      rows[row + x] = m;
    }
  }
  const out = new Uint8Array(data.length);
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(h - 1, y + r);
    for (let x = 0; x < w; x++) {
      let m = 255;
      for (let k = y0; k <= y1; k++) if (rows[k * w + x] < m) m = rows[k * w + x];
      out[y * w + x] = m;
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Contrast stretched per tile: the page cut into `tiles` x `tiles` tiles, each tile's 2nd..98th
 * percentile of grey mapped to black..white (a tile of plain paper, spanning under 64 levels, only
 * gently: its paper stays white), the mapping interpolated bilinearly between tile centres. Faded
 * print on one part of a receipt (a pale total, a grey date beside a dark logo) gets the
 * contrast of its own neighbourhood, which one threshold for the whole page does not give it.
 * Used only for a third reading (see ../second-look.ts).
 */
export function stretchContrast(img: GrayImage, tiles = 8): GrayImage {
  const { width: w, height: h, data } = img;
  const tw = w / tiles;
  const th = h / tiles;
  const lo = new Float64Array(tiles * tiles);
  const hi = new Float64Array(tiles * tiles);
  const hist = new Uint32Array(256);
  for (let ty = 0; ty < tiles; ty++)
    for (let tx = 0; tx < tiles; tx++) {
      hist.fill(0);
      let n = 0;
      for (let y = Math.floor(ty * th); y < Math.floor((ty + 1) * th); y++)
        for (let x = Math.floor(tx * tw); x < Math.floor((tx + 1) * tw); x++) {
          hist[data[y * w + x]]++;
          n++;
        }
      let acc = 0;
      let l = 0;
      let u = 255;
      for (let v = 0; v < 256; v++) {
        acc += hist[v];
        if (acc < 0.02 * n) l = v + 1;
        if (acc >= 0.98 * n) {
          u = v;
          break;
        }
      }
      if (u - l < 64) {
        const mid = Math.min(255 - 32, Math.max(32, u));
        l = Math.min(l, mid - 64);
        u = Math.max(u, l + 64);
      }
      lo[ty * tiles + tx] = l;
      hi[ty * tiles + tx] = u;
    }
  const out = new Uint8Array(data.length);
  for (let y = 0; y < h; y++) {
    const fy = Math.max(0, Math.min(tiles - 1, y / th - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(tiles - 1, y0 + 1);
    const ay = fy - y0;
    for (let x = 0; x < w; x++) {
      const fx = Math.max(0, Math.min(tiles - 1, x / tw - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(tiles - 1, x0 + 1);
      const ax = fx - x0;
      const at = (a: Float64Array): number => (1 - ay) * ((1 - ax) * a[y0 * tiles + x0] + ax * a[y0 * tiles + x1]) + ay * ((1 - ax) * a[y1 * tiles + x0] + ax * a[y1 * tiles + x1]);
      const l = at(lo);
      out[y * w + x] = Math.max(0, Math.min(255, Math.round(((data[y * w + x] - l) * 255) / (at(hi) - l))));
    }
  }
  return { width: w, height: h, data: out };
}
