import { PassThrough } from 'node:stream';
import { createProgress } from './progress';

/** A stream that records what is written; `tty` makes it claim to be a terminal, as cli-progress checks. */
function capture(tty: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY: tty, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

describe('CLI progress', () => {
  const interval = process.env.PROGRESS_INTERVAL_MS;
  afterEach(() => {
    if (interval === undefined) delete process.env.PROGRESS_INTERVAL_MS;
    else process.env.PROGRESS_INTERVAL_MS = interval;
  });

  it('should write plain lines, then a final line per phase, when the stream is not a terminal', () => {
    process.env.PROGRESS_INTERVAL_MS = '0';
    const out = capture(false);
    const progress = createProgress('索引', out.stream);
    progress.update(500, 1000, '人才');
    progress.update(1000, 1000, '人才');
    progress.update(20, 20, '需求');
    progress.stop();
    const lines = out.text().trim().split('\n');
    expect(lines[0]).toMatch(/^索引 人才：500\/1000 行（50%），\d+ 行\/秒$/);
    expect(lines).toContainEqual(expect.stringMatching(/^索引 人才：完成 1000\/1000 行，\d+ 行\/秒，用时 \d+\.\d 秒$/));
    expect(lines.at(-1)).toMatch(/^索引 需求：完成 20\/20 行/);
    expect(out.text()).not.toContain('\u001b[');
  });

  it('should keep quiet between intervals but always write the final line', () => {
    process.env.PROGRESS_INTERVAL_MS = '60000';
    const out = capture(false);
    const progress = createProgress('导入 a.csv', out.stream);
    for (let i = 0; i <= 100; i++) progress.update(i, 100);
    progress.stop();
    progress.stop(); // a second stop (a command's finally after an error) writes nothing more
    expect(out.text().trim().split('\n')).toEqual([expect.stringMatching(/^导入 a\.csv：完成 100\/100 行，/)]);
  });

  it('should draw a bar with rows per second on a terminal', () => {
    const out = capture(true);
    const progress = createProgress('导出 out.xlsx', out.stream);
    progress.update(10, 40);
    progress.update(40, 40);
    progress.stop();
    expect(out.text()).toMatch(/导出 out\.xlsx .*40\/40 行 \| \d+ 行\/秒/);
  });
});
