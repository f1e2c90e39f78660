/**
 * A soft two-note chime made with WebAudio, so no sound file is loaded from anywhere (SPEC P3).
 * Browsers only let a page play sound after the person has interacted with it: `primeSound`
 * is called from the click that turns the sound on, which creates (or wakes) the audio context.
 */
let context: AudioContext | null = null;

export function primeSound(): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
  } catch {
    context = null; // No WebAudio here: the visual signal still shows.
  }
}

/** Two quiet sine notes, each fading in and out over about half a second. */
export function softBeep(): void {
  if (!context) return;
  const start = context.currentTime + 0.05;
  for (const [offset, frequency] of [
    [0, 660],
    [0.45, 880],
  ] as const) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0, start + offset);
    gain.gain.linearRampToValueAtTime(0.08, start + offset + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.65);
  }
}
