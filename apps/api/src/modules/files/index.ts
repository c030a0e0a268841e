// The files module's surface: what other modules may call. Nothing else in the folder is imported from outside it.
export type { FileRow } from './files-repository.js';
export { deleteImageRecords, discardStoredImages, findImages, storeImage } from './files-service.js';
export type { FilesDeps } from './files-service.js';
export { imageSizeOf, imageSizesOf } from './image-sizes.js';
export type { ImageSize } from './image-sizes.js';
export { presentImage } from './image-presenter.js';
export { imageUploadOf, registerImageUploads } from './image-upload.js';
export type { ImageUpload } from './image-upload.js';
