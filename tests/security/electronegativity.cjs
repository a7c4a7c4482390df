// Runs Electronegativity on the sources. Its parser needs TypeScript's JavaScript API, which the
// project's TypeScript 7 no longer has, so 'typescript' is resolved to the typescript5 alias for it.
const Module = require('node:module');
// oxlint-disable-next-line no-underscore-dangle -- Node's resolver hook has no public name
const original = Module._resolveFilename;
// oxlint-disable-next-line no-underscore-dangle -- as above
Module._resolveFilename = function resolve(request, ...rest) {
  return original.call(this, request === 'typescript' ? 'typescript5' : request, ...rest);
};
process.argv = [process.argv[0], 'electronegativity', ...process.argv.slice(2)];
// oxlint-disable-next-line import/no-unassigned-import -- the CLI runs on require
require('@doyensec/electronegativity/dist/index.js');
