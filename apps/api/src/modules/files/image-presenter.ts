import type { TImage } from '@dastiyor/contracts';
import type { FileRow } from './files-repository.js';

/** The public shape of a stored image: stable URLs by alias, and the size of `large`. */
export function presentImage(file: Pick<FileRow, 'id' | 'width' | 'height'>): TImage {
  const url = (size: string) => `/api/v1/files/${file.id}/${size}`;
  return { id: file.id, small: url('small'), medium: url('medium'), large: url('large'), width: file.width, height: file.height };
}
