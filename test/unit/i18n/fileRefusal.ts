import { prepareBoardFile } from '../../../src/server/services/boardFiles.js';
import { AppError } from '../../../src/shared/index.js';

/** What the server's file reader refuses `data` (named `name`) with, as the import route would answer. */
export async function fileRefusal(name: string, data: string): Promise<AppError> {
  try {
    await prepareBoardFile([{ name, data }]);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error(`${name} was not refused`);
}
