import { writeFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createWorker } from '@/utils/background/worker';
import { UKG_PAGE, TOGETHER_PAGE } from '@/test/support/factories';
import { countWorkerMessages } from '@/test/support/message-count';

describe('messages the worker sends (issue 27: one message per change)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
  });

  it('a capture: at most 3 after its reply; a Send with Together open: at most 5', async () => {
    const counts = await countWorkerMessages({ createWorker, browser, UKG_PAGE, TOGETHER_PAGE, spy: vi.spyOn });
    // `npm run bench` reads the counts from here (bench/run.bench.ts: the table's message rows).
    if (process.env.MESSAGE_COUNTS_OUT) writeFileSync(process.env.MESSAGE_COUNTS_OUT, JSON.stringify(counts));
    expect(counts.capture, JSON.stringify(counts.log.capture)).toBeLessThanOrEqual(3);
    expect(counts.send, JSON.stringify(counts.log.send)).toBeLessThanOrEqual(5);
    // Each is counted, not assumed: the capture's state reached the panel, the fill reached Together.
    expect(counts.log.capture).toContain('panel: state');
    expect(counts.log.send.some((l) => l.endsWith('to-together/fill'))).toBe(true);
  });
});
