import { sql, type SQL } from 'drizzle-orm';
import { type AnyPgColumn, type PgTable, QueryBuilder } from 'drizzle-orm/pg-core';
import type { SqlOperand } from '../../db/sql-operand.js';
import { files } from './files.table.js';

/** What an image's public shape is built from (presentImage): its id and the size of `large`. */
export interface ImageSize {
  id: string;
  width: number;
  height: number;
}

/** Images by id as a relation, for statements that read a row with its pictures in one go. */
export const imageSizes = new QueryBuilder()
  .select({ id: files.id, width: files.width, height: files.height })
  .from(files)
  .as('image_sizes');

const imageSizeJson = sql`json_build_object('id', ${imageSizes.id}, 'width', ${imageSizes.width}, 'height', ${imageSizes.height})`;

/** One image (an avatar) as JSON, or null when the id is null or names no file. */
export const imageSizeOf = (fileId: SqlOperand): SQL<ImageSize | null> =>
  sql<ImageSize | null>`(select ${imageSizeJson} from ${imageSizes} where ${imageSizes.id} = ${fileId})`;

/**
 * The images a list of rows names (a portfolio, a task's photos), in the list's order, as a JSON array,
 * empty when none; rows whose file is gone are left out.
 */
export const imageSizesOf = (list: { from: PgTable; fileId: AnyPgColumn; where: SQL; order: SQL }): SQL<ImageSize[]> =>
  sql<ImageSize[]>`(select coalesce(json_agg(${imageSizeJson} order by ${list.order}), '[]'::json)
    from ${list.from} join ${imageSizes} on ${imageSizes.id} = ${list.fileId} where ${list.where})`;
