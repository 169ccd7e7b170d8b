#!/usr/bin/env node
// `npx relforge …`: the bundled CLI (dist/cli), the same library the actions use.
import '../dist/cli/index.js';
