/** Grey images built in tests: `f(x, y)` gives each pixel (0 black .. 255 white). */
import { createCanvas } from '@napi-rs/canvas';
import type { GrayImage } from '../../src/extract/image/gray.js';

export const grayImage = (width: number, height: number, f: (x: number, y: number) => number): GrayImage => {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = f(x, y);
  return { width, height, data };
};

/** A PNG of `width` x `height` on paper of colour `paper`, with `ink` rectangles [x, y, w, h] in colour `color`. */
export const pngPage = (width: number, height: number, paper: string, color: string, ink: Array<[number, number, number, number]>): Uint8Array => {
  const c = createCanvas(width, height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = color;
  for (const [x, y, w, h] of ink) ctx.fillRect(x, y, w, h);
  return new Uint8Array(c.toBuffer('image/png'));
};
