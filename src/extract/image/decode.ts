/**
 * Decoding PNG/JPEG bytes to a grey image with @napi-rs/canvas (Skia: native decoders and
 * resampling), optionally scaled on the way.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { grayFromRgba, type GrayImage } from './gray.js';

export async function decodeGray(bytes: Uint8Array, scale = 1): Promise<GrayImage> {
  const img = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const width = Math.max(1, Math.round(img.width * scale));
  const height = Math.max(1, Math.round(img.height * scale));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff'; // transparent pixels read as paper, not black
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(img, 0, 0, width, height);
  return grayFromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
}
