// The one shape of a failed command in the UI: { code, message }. The core always rejects with
// that shape; anything else (a string from a panicking plugin, an exception in our own code)
// becomes "app.internal" so the UI can still show a translated text.

export class AppError extends Error {
  constructor(code, message) {
    super(message || code);
    this.name = 'AppError';
    this.code = code;
  }
}

export function toAppError(raw) {
  if (raw instanceof AppError) return raw;
  if (raw && typeof raw === 'object' && typeof raw.code === 'string' && raw.code) {
    return new AppError(raw.code, typeof raw.message === 'string' ? raw.message : '');
  }
  if (typeof raw === 'string') return new AppError('app.internal', raw);
  if (raw instanceof Error) return new AppError('app.internal', raw.message);
  return new AppError('app.internal', safeString(raw));
}

function safeString(value) {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
