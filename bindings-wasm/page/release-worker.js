// The release reader off the main thread: reading a release (decompressing it, linting its META
// files, computing kwalitee) can take seconds for a large or hostile archive, and the page must
// stay responsive meanwhile. The page posts {id, op, bytes, name, options}; the answer is
// {id, result} or {id, error: {code, message}}. A page that no longer wants an answer
// terminates the worker.
import * as reader from './pkg/release.js';

const ready = reader.init();

self.onmessage = async (event) => {
  const { id, op, bytes, name, options } = event.data;
  try {
    await ready;
    const result = { lint: reader.lintRelease(bytes, name, options) };
    if (op === 'read') result.kwalitee = reader.kwalitee(bytes, name);
    self.postMessage({ id, result });
  } catch (err) {
    self.postMessage({ id, error: { code: err.code ?? 'INTERNAL', message: err.message } });
  }
};
