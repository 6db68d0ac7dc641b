'use strict';
// Tests for the solcjs wrapper: the CLI contract forge relies on, run as a real child process.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseArgs, makeImportResolver } = require('./solc.js');

const WRAPPER = path.join(__dirname, 'solc.js');

test('--version prints the line forge parses', () => {
  const out = execFileSync(WRAPPER, ['--version'], { encoding: 'utf8' });
  assert.match(out, /^Version: 0\.8\.\d+\+commit\.[0-9a-f]{8}/m);
});

test('parseArgs collects base and include paths and ignores unknown flags', () => {
  const o = parseArgs(['--standard-json', '--base-path', '/a', '--include-path', '/b', '--include-path', '/c', '--allow-paths', '/x,/y', '--no-color']);
  assert.equal(o.standardJson, true);
  assert.equal(o.basePath, '/a');
  assert.deepEqual(o.includePaths, ['/b', '/c']);
  assert.deepEqual(o.allowPaths, ['/x', '/y']);
});

test('parseArgs rejects a flag missing its value', () => {
  assert.throws(() => parseArgs(['--base-path']), /missing value/);
});

test('the import resolver searches the base path then each include path', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solcw-'));
  fs.mkdirSync(path.join(dir, 'inc', 'lib'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'inc', 'lib', 'L.sol'), 'library L {}');
  const find = makeImportResolver({ basePath: path.join(dir, 'base'), includePaths: [path.join(dir, 'inc')] });
  assert.deepEqual(find('lib/L.sol'), { contents: 'library L {}' });
  assert.match(find('missing/M.sol').error, /File not found: missing\/M\.sol/);
});

test('--standard-json compiles a contract with an import through the callback', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solcw-'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, 'src', 'Lib.sol'), '// SPDX-License-Identifier: MIT\npragma solidity ^0.8.0;\nlibrary Lib { function two() internal pure returns (uint256) { return 2; } }\n');
  const input = {
    language: 'Solidity',
    sources: { 'src/A.sol': { content: '// SPDX-License-Identifier: MIT\npragma solidity ^0.8.0;\nimport {Lib} from "src/Lib.sol";\ncontract A { function f() external pure returns (uint256) { return Lib.two(); } }\n' } },
    settings: { outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  };
  const res = spawnSync(WRAPPER, ['--standard-json', '--base-path', dir], { input: JSON.stringify(input), encoding: 'utf8' });
  assert.equal(res.status, 0, res.stderr);
  const out = JSON.parse(res.stdout);
  const errors = (out.errors || []).filter((e) => e.severity === 'error');
  assert.deepEqual(errors, []);
  assert.ok(out.contracts['src/A.sol'].A.evm.bytecode.object.length > 10);
});

test('--standard-json reports a missing import as a compiler error, not a crash', () => {
  const input = {
    language: 'Solidity',
    sources: { 'B.sol': { content: 'pragma solidity ^0.8.0;\nimport "nowhere/X.sol";\ncontract B {}\n' } },
    settings: { outputSelection: { '*': { '*': ['abi'] } } },
  };
  const res = spawnSync(WRAPPER, ['--standard-json', '--base-path', os.tmpdir()], { input: JSON.stringify(input), encoding: 'utf8' });
  assert.equal(res.status, 0);
  const out = JSON.parse(res.stdout);
  assert.ok(out.errors.some((e) => e.severity === 'error' && /nowhere\/X\.sol/.test(e.message)));
});

test('an unsupported mode exits non-zero with a message', () => {
  const res = spawnSync(WRAPPER, ['--bin', 'x.sol'], { encoding: 'utf8' });
  assert.equal(res.status, 2);
  assert.match(res.stderr, /only --version and --standard-json/);
});
