// Test fixtures: images made on the spot with sharp, and multipart bodies for `app.inject()`.
import sharp from 'sharp';

/**
 * A 1200×800 JPEG as a phone writes it: EXIF with a GPS position, XMP, and an orientation tag when
 * asked. The centre 800×800 is green and the sides blue, so a centred square crop is all green.
 */
export async function cameraJpeg(options: { orientation?: number; width?: number; height?: number } = {}) {
  const width = options.width ?? 1200;
  const height = options.height ?? 800;
  const side = Math.min(width, height);
  const centre = await sharp({ create: { width: side, height: side, channels: 3, background: '#00c000' } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#0000c0' } })
    .composite([{ input: centre, left: Math.round((width - side) / 2), top: Math.round((height - side) / 2) }])
    .withExif({
      IFD0: { Copyright: 'x', Make: 'Dastiyor Test Camera' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 33/1 36/1', GPSLongitudeRef: 'E', GPSLongitude: '68/1 46/1 48/1' },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .withMetadata(options.orientation ? { orientation: options.orientation } : {})
    .jpeg()
    .toBuffer();
}

/** A noisy 2000×1500 JPEG of almost 3 MB: bigger than the JSON body limit, as real phone photos are. */
export const largeJpeg = () =>
  sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
    .jpeg({ quality: 95 })
    .toBuffer();

export const smallPng = (width = 300, height = 200) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 50, b: 50, alpha: 0.5 } } })
    .png()
    .toBuffer();

export const gif = () =>
  sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } })
    .gif()
    .toBuffer();

export const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(document.cookie)</script><rect width="100" height="100"/></svg>',
);

export const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');

/** A multipart/form-data body built by the platform's own FormData, ready for `app.inject()`. */
export async function multipartBody(bytes: Buffer, options: { field?: string; filename?: string; type?: string } = {}) {
  const form = new FormData();
  form.append(
    options.field ?? 'file',
    new Blob([new Uint8Array(bytes)], { type: options.type ?? 'image/jpeg' }),
    options.filename ?? 'photo.jpg',
  );
  const request = new Request('http://localhost/upload', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! },
  };
}
