import type { TImage } from '@dastiyor/contracts';
import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import type { AuthContext } from '../auth/index.js';
import { findImages, storeImage, presentImage, type ImageUpload } from '../files/index.js';
import type { ChatDeps } from './chat-deps.js';
import { assertChatWritable } from './chat-rules.js';
import { findParticipantConversation, isImageSharedWith } from './conversations-repository.js';
import { isImageUsed } from './messages-repository.js';

/** Storage folder of a conversation's images: the key itself records which chat an upload was made for. */
const chatFolder = (conversationId: string) => `chat/${conversationId}`;

/** A participant uploads an image for one chat; it is sent by id with the next message. */
export async function uploadChatImage(deps: ChatDeps, auth: AuthContext, conversationId: string, upload: ImageUpload): Promise<TImage> {
  const conversation = await findParticipantConversation(deps.db, conversationId, auth.user.id);
  if (!conversation) throw notFound('No such conversation');
  // Refused before the bytes are read: a closed chat takes no uploads either.
  assertChatWritable(conversation.task, deps.clock());
  const bytes = await upload.read();
  const file = await storeImage(
    deps.files,
    { ownerId: auth.user.id, kind: 'chat_image', bytes, folder: chatFolder(conversationId) },
    async (_tx, row) => row,
  );
  return presentImage(file);
}

const invalidAttachment = (message: string) =>
  new AppError('validation.failed', message, { errors: [{ path: 'body.attachmentId', code: 'invalid_attachment', message }] });

/**
 * An attachment must be a chat image the sender uploaded for this very conversation and has not sent
 * yet. Runs under the conversation's row lock, so two sends of one image cannot both pass.
 */
export async function assertChatImageAttachable(tx: DbOrTx, senderId: string, conversationId: string, fileId: string): Promise<void> {
  const [file] = await findImages(tx, [fileId]);
  const prefix = `${chatFolder(conversationId)}/`;
  if (
    !file ||
    file.ownerId !== senderId ||
    file.kind !== 'chat_image' ||
    !Object.values(file.variants).every((k) => k.startsWith(prefix))
  ) {
    throw invalidAttachment('Upload the image to this chat first');
  }
  if (await isImageUsed(tx, fileId)) throw invalidAttachment('This image has already been sent');
}

/** Chat images are private: the uploader (checked by the files module) and the participants of the chat it was sent in. */
export async function canViewChatImage(db: DbOrTx, file: { id: string; kind: string }, viewerId: string | null): Promise<boolean> {
  if (file.kind !== 'chat_image' || !viewerId) return false;
  return isImageSharedWith(db, file.id, viewerId);
}
