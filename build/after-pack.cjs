// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing
// (electron-builder signs after this hook, so the signature covers the flipped fuses).
// 2026-12, per Electron's security guidance for apps that never need Node outside the app:
// - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed binary into a plain Node.
// - NODE_OPTIONS and --inspect off: nobody can inject code or attach a debugger to read the key.
// - OnlyLoadAppFromAsar on, EmbeddedAsarIntegrityValidation on: only our app.asar runs, and only
//   unmodified (electron-builder writes the archive's hash into the app on macOS and Windows;
//   Electron on Linux does not check it yet, the fuse is harmless there).
const path = require('node:path');

/** The fuses, by @electron/fuses option name; the boot test's packaging check reads the same list. */
const FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
};

/** Where electron-builder put the Electron executable for this platform. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  const { flipFuses, FuseVersion, FuseV1Options } = await import('@electron/fuses');
  // Flipping a fuse breaks the ad-hoc signature Apple silicon needs to start the binary at all;
  // re-signing ad hoc keeps an unsigned build runnable, and a real identity signs over it later.
  const wire = { version: FuseVersion.V1, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' };
  for (const [name, value] of Object.entries(FUSES)) wire[FuseV1Options[name]] = value;
  await flipFuses(electronBinary(context), wire);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
