export interface DeleteBatches {
  batchSize?: number;
  maxBatches?: number;
}

/**
 * Runs `deleteBatch(batchSize)` until a batch deletes fewer rows or `maxBatches` have run: short
 * statements that hold no long lock, and a run that ends however much piled up. Returns the rows deleted.
 */
export async function deleteInBatches(
  deleteBatch: (limit: number) => Promise<number>,
  { batchSize = 1000, maxBatches = 50 }: DeleteBatches = {},
): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await deleteBatch(batchSize);
    deleted += n;
    if (n < batchSize) break;
  }
  return deleted;
}
