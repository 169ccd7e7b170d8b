// Lets Node (>= 22.18 / 24, with --experimental-transform-types) run the TypeScript demo driver and emulators
// directly: relative `./x.js` imports resolve to `./x.ts` when only the .ts file exists (the repo's sources use
// NodeNext-style .js specifiers). Registered by scripts/demo.mjs with --import.
import { registerHooks } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if ((specifier.startsWith('./') || specifier.startsWith('../')) && specifier.endsWith('.js') && context.parentURL?.startsWith('file:')) {
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      const js = new URL(specifier, context.parentURL);
      if (!existsSync(fileURLToPath(js)) && existsSync(fileURLToPath(ts))) return nextResolve(ts.href, context);
    }
    return nextResolve(specifier, context);
  },
});
