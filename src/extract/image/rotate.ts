/**
 * An image turned by a small angle about its centre, on a white page of the same size, as a grey
 * PGM: what the native tesseract engine reads when a tilted page is read again level
 * (../ocr/native.ts; tesseract.js turns the image inside its worker instead).
 */
import { createCanvas } from '@napi-rs/canvas';
import { decodeImage, drawGray } from './decode.js';
import { decodePgm, encodePgm, type GrayImage } from './gray.js';

/** @param radians clockwise in image coordinates (y downwards), as tesseract.js's `rotateRadians` */
export async function rotatedGray(image: Uint8Array, radians: number): Promise<Uint8Array> {
  const grey = image[0] === 0x50 && image[1] === 0x35 ? decodePgm(image) : drawGray(await decodeImage(image), 1);
  return encodePgm(rotateGray(grey, radians));
}

export function rotateGray(img: GrayImage, radians: number): GrayImage {
  const { width, height } = img;
  const src = createCanvas(width, height);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < img.data.length; i++) {
    const v = img.data[i];
    rgba[i * 4] = v;
    rgba[i * 4 + 1] = v;
    rgba[i * 4 + 2] = v;
    rgba[i * 4 + 3] = 255;
  }
  const sctx = src.getContext('2d');
  const data = sctx.createImageData(width, height);
  data.data.set(rgba);
  sctx.putImageData(data, 0, 0);
  const out = createCanvas(width, height);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.translate(width / 2, height / 2);
  ctx.rotate(radians);
  ctx.drawImage(src, -width / 2, -height / 2);
  const px = ctx.getImageData(0, 0, width, height).data;
  const data2 = new Uint8Array(width * height);
  for (let i = 0; i < data2.length; i++) data2[i] = px[i * 4];
  return { width, height, data: data2 };
}
