/** What the server sends BoardWriter's worker. */
export type WriterRequest = { type: 'append'; id: number; boardId: string; updates: Uint8Array[] } | { type: 'close' };

/** What the worker answers: one reply per append, in order, and one when closed. */
export type WriterReply =
  | { type: 'appended'; id: number; seq: number }
  | { type: 'failed'; id: number; notFound: boolean; message: string }
  | { type: 'closed' };
