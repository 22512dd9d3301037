/**
 * Decoding PNG/JPEG bytes to a grey image with @napi-rs/canvas (Skia: native decoders and
 * resampling), optionally scaled on the way. `loadImage` decodes once; `drawGray` can then draw
 * the same decoded picture at several scales (the OCR downscale measures its text first).
 */
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { grayFromRgba, type GrayImage } from './gray.js';

export type DecodedImage = Image;

export function decodeImage(bytes: Uint8Array): Promise<DecodedImage> {
  return loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export function drawGray(img: DecodedImage, scale = 1): GrayImage {
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

export async function decodeGray(bytes: Uint8Array, scale = 1): Promise<GrayImage> {
  return drawGray(await decodeImage(bytes), scale);
}
