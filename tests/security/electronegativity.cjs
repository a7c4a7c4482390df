// Runs Electronegativity on the sources. Its parser needs TypeScript's JavaScript API, which the
// project's TypeScript 7 no longer has, so 'typescript' is resolved to the typescript5 alias for it.
const Module = require('node:module');
const original = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  return original.call(this, request === 'typescript' ? 'typescript5' : request, ...rest);
};
process.argv = [process.argv[0], 'electronegativity', ...process.argv.slice(2)];
require('@doyensec/electronegativity/dist/index.js');
