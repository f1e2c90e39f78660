/**
 * Passes at most `perWindow` lines to `log` in each window of `windowMs`; the lines left out
 * are counted and the count is said with the next line that passes. So a flood (a fuzzer, a
 * broken client reconnecting in a loop) cannot fill the log, and the log still says it happened.
 */
export class LogLimiter {
  private windowStart = -Infinity;
  private passed = 0;
  private dropped = 0;

  constructor(
    private readonly log: (line: string) => void,
    private readonly perWindow: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  line(text: string): void {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.passed = 0;
    }
    if (this.passed >= this.perWindow) {
      this.dropped += 1;
      return;
    }
    this.passed += 1;
    const note = this.dropped > 0 ? ` (${this.dropped} similar lines left out before this one)` : '';
    this.dropped = 0;
    this.log(`${text}${note}`);
  }
}
