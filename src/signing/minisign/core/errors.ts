/** The minisign core's two refusals: a text that is not what it claims, and a signature that does not verify. */
import { FormatError, RelforgeError } from '../../../platform/errors.js';

/** A key, signature or comment text is not in the minisign format it claims (or asks for unsupported parameters). */
export class MinisignFormatError extends FormatError {}

/** A well-formed signature does not verify: other key, altered file or comment, wrong password, or another version than required. */
export class MinisignVerificationError extends RelforgeError {
  constructor(message: string) {
    super(message);
    this.name = 'MinisignVerificationError';
  }
}
