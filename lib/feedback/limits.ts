// Shared by the widget (maxLength) and the server's check, without pulling the schema library
// into the browser.
export const MAX_COMMENT_CHARS = 1000;
/** The largest body read; a vote with a full comment is well under 4 KB even in Chinese. */
export const MAX_BODY_BYTES = 4096;
