// Phone photos are often 3–8 MB; the API keeps at most 1600 px of them. Shrinking in the browser first
// saves the person most of the upload on slow, paid mobile data.
const decodableTypes = new Set(['image/jpeg', 'image/png', 'image/webp']);
const worthShrinkingBytes = 700_000;
const maxEdge = 2048;
const quality = 0.85;

/**
 * A smaller JPEG of `file` when the browser can decode it and the result is really smaller; otherwise the
 * file itself (HEIC, small files, old browsers). Orientation from EXIF is applied before drawing.
 */
export async function shrinkImageForUpload(file: File): Promise<{ blob: Blob; fileName: string }> {
  const original = { blob: file as Blob, fileName: file.name || 'photo' };
  if (!decodableTypes.has(file.type) || file.size < worthShrinkingBytes || typeof createImageBitmap !== 'function') return original;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const context = canvas.getContext('2d');
    if (!context) return original;
    // JPEG has no transparency: a transparent PNG would otherwise turn black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (!blob || blob.size >= file.size) return original;
    return { blob, fileName: `${original.fileName.replace(/\.[^.]*$/, '')}.jpg` };
  } catch {
    return original;
  }
}
