// Run with `node --test bench/`. Script time from trace events, checked on hand-made traces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainThread, scriptTime } from './trace.mjs';

const origin = 'http://127.0.0.1:4000';
const thread = (pid, tid, name = 'CrRendererMain') => ({ ph: 'M', name: 'thread_name', pid, tid, args: { name } });
/** A complete event on the page's main thread, in milliseconds for readability (traces count microseconds). */
const x = (name, start, dur, extra = {}) => ({ ph: 'X', name, pid: 1, tid: 1, ts: start * 1000, dur: dur * 1000, ...extra });

test('counts script evaluation, calls, timers and microtasks, including the microtasks ScriptDuration leaves out', () => {
  const events = [
    thread(1, 1),
    x('RunTask', 0, 20),
    x('EvaluateScript', 0, 10, { args: { data: { url: `${origin}/dist/assent.js` } } }),
    x('RunMicrotasks', 10, 6),
    x('RunTask', 30, 5),
    x('TimerFire', 30, 4),
  ];
  assert.equal(scriptTime(events, origin), 20);
});

test('leaves out style, layout and HTML parsing, even when a script caused them, and V8 internals count as script', () => {
  const events = [
    thread(1, 1),
    x('FunctionCall', 0, 30),
    x('v8.callFunction', 1, 25),
    x('Layout', 5, 8),
    x('V8.BytecodeBudgetInterrupt', 15, 2),
    x('UpdateLayoutTree', 20, 4),
    x('ParseHTML', 40, 10),
    x('MinorGC', 41, 3),
  ];
  // 30 ms of FunctionCall, less 8 ms of layout and 4 ms of style.
  assert.equal(scriptTime(events, origin), 18);
});

test('counts only the main thread that loaded the page, not another renderer or a worker', () => {
  const events = [
    thread(1, 1),
    thread(2, 7),
    thread(1, 9, 'DedicatedWorker thread'),
    x('EvaluateScript', 0, 5, { args: { data: { url: `${origin}/assent.html` } } }),
    { ...x('EvaluateScript', 0, 50), pid: 2, tid: 7 },
    { ...x('FunctionCall', 0, 50), pid: 1, tid: 9 },
  ];
  assert.equal(mainThread(events, origin), '1:1');
  assert.equal(scriptTime(events, origin), 5);
});

test('work outside any script event, such as setting up the window, is not script', () => {
  const events = [thread(1, 1), x('RunTask', 0, 30), x('LocalWindowProxy::Initialize', 0, 20), x('v8.newInstance', 2, 3)];
  assert.equal(scriptTime(events, origin), 0);
});
