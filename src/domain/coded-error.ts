// An error the person sees, as a message key and its parameters: the code that fails names what went wrong, the UI
// puts it into the person's language (src/i18n/messages.ts `errors.*`, src/i18n/error-text.ts).

export type MessageParams = Record<string, string | number>

export class CodedError extends Error {
  constructor(readonly key: string, readonly params: MessageParams = {}) {
    super(key)
    this.name = 'CodedError'
  }
}

/** A problem for the data notice: a plain text from a validator, or a message key with its parameters. */
export type CodedText = string | { key: string; params: MessageParams }
