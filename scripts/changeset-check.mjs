#!/usr/bin/env node
// `npm run changeset:check`, in CI: the changesets are in order.
// 1. `changeset status` passes: every changeset parses and names this package; on a branch, a package changed
//    since the base branch has a changeset.
// 2. Nothing unreleased goes undescribed: when src/ changed since the last release (the last commit that touched
//    CHANGELOG.md, which `changeset version` writes; the whole history before the first release), at least one
//    changeset is pending. Changesets are deleted by `changeset version`, so this holds until release time.
// Needs git history (CI runs on a full clone); outside a git work tree it is skipped with a note.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const git = (...args) => {
  const run = spawnSync('git', args, { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
};

if (git('rev-parse', '--is-inside-work-tree') !== 'true' || git('rev-parse', '--verify', '--quiet', 'HEAD') === null) {
  console.log('changesets: not a git work tree with history: skipped.');
  process.exit(0);
}
// Compared with the base branch when there is one (`baseBranch` in .changeset/config.json), else with HEAD.
const config = JSON.parse(readFileSync('.changeset/config.json', 'utf8'));
const since = git('rev-parse', '--verify', '--quiet', config.baseBranch) === null ? ['--since=HEAD'] : [];

const dir = mkdtempSync(join(tmpdir(), 'explainer-changesets-'));
const output = join(dir, 'status.json');
let status;
try {
  execFileSync(process.execPath, ['node_modules/@changesets/cli/bin.js', 'status', ...since, `--output=${output}`], { stdio: 'inherit' });
  status = JSON.parse(readFileSync(output, 'utf8'));
} catch {
  console.error('changesets: `changeset status` failed (see above): add a changeset with `npm run changeset`.');
  process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const release = status.releases.find((r) => r.name === pkg.name);
const summary = release ? `${pkg.name} ${release.oldVersion} → ${release.newVersion} (${release.type})` : 'no release pending';
console.log(`changesets: ${status.changesets.length} pending; ${summary}`);

const lastRelease = git('log', '-1', '--format=%H', '--', 'CHANGELOG.md') || null;
const changed = lastRelease ? git('diff', '--name-only', lastRelease, 'HEAD', '--', 'src') : git('ls-files', 'src');
if (changed === null) {
  console.log('changesets: the history is too shallow to compare with the last release: the check is skipped.');
  process.exit(0);
}
const files = changed.split('\n').filter(Boolean);
const from = lastRelease ? `the last release (${lastRelease.slice(0, 7)})` : 'the start (no release yet)';
if (files.length > 0 && !release) {
  console.error(`changesets: ${files.length} file(s) in src/ changed since ${from}, but no changeset is pending: run \`npm run changeset\`.`);
  process.exit(1);
}
console.log(`changesets: ok (${files.length} file(s) in src/ changed since ${from})`);
