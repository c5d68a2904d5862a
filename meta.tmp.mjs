import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
for (const e of process.argv.slice(2)) {
  const r = await build({ entryPoints: [e], bundle: true, minify: true, write: false, format: 'esm', alias: { '@': process.cwd(), '#imports': '/tmp/imports-stub.ts', 'wxt/browser': '/tmp/imports-stub.ts' }, logLevel: 'silent' });
  console.log(e, r.outputFiles[0].contents.length, gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
}
