// A file that cannot be read at all. The pipeline turns it into an error
// diagnostic naming the file and goes on with the other files.

export type ReadErrorCode = 'FILE_UNREADABLE' | 'ENCODING_UNKNOWN' | 'FORMAT_UNSUPPORTED' | 'FORMAT_BROKEN' | 'LIMIT_EXCEEDED';

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly file: string,
    /** Chinese, shown to the user as is. */
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
