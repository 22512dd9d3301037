/** Grey images built in tests: `f(x, y)` gives each pixel (0 black .. 255 white). */
import type { GrayImage } from '../../src/extract/image/gray.js';

export const grayImage = (width: number, height: number, f: (x: number, y: number) => number): GrayImage => {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = f(x, y);
  return { width, height, data };
};
