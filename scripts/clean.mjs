#!/usr/bin/env node
// Removes the folders named as arguments (e.g. `dist` before a build, so no stale module is published).
import { rmSync } from 'node:fs';

for (const dir of process.argv.slice(2)) rmSync(dir, { recursive: true, force: true });
