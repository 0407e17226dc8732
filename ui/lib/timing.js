/** Calls `fn` once input has been quiet for `ms`, so typing does not send a query per key. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/**
 * Wraps an async loader so only the newest call's result is delivered: a slow answer to an old
 * search must not overwrite the answer to what the user typed last.
 */
export function latestOnly(load) {
  let latest = 0;
  return async (...args) => {
    const ticket = ++latest;
    try {
      const result = await load(...args);
      return { result, stale: ticket !== latest };
    } catch (error) {
      if (ticket !== latest) return { result: undefined, stale: true };
      throw error;
    }
  };
}
