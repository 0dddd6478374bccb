/**
 * Read-aloud through the browser's speech synthesis, for the explanations'
 * "Écouter" buttons. Loaded with the explanations' content, not with the elements.
 */
import { speechLang } from './explainer.logic.js';

/** Whether this browser can read aloud (speech synthesis). "Écouter" is not shown where it cannot. */
export function canSpeak(): boolean {
  return typeof window !== 'undefined' && Boolean(window.speechSynthesis) && typeof window.SpeechSynthesisUtterance === 'function';
}

let speaker: object | undefined;

/**
 * Reads `text` aloud in the locale's language (French: `fr-FR`), with a voice
 * of that language when the browser has one. `owner` is told when reading
 * ends; a new reading stops the one before. Returns false if it could not start.
 */
export function speak(text: string, locale: 'fr' | 'en', owner: object, onEnd: () => void): boolean {
  try {
    const synth = window.speechSynthesis;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = speechLang(locale);
    const voice = synth.getVoices?.().find((v) => v.lang.replace('_', '-').toLowerCase().startsWith(locale));
    if (voice) utterance.voice = voice;
    const done = () => {
      if (speaker === owner) speaker = undefined;
      onEnd();
    };
    utterance.onend = done;
    utterance.onerror = done;
    speaker = owner;
    synth.speak(utterance);
    return true;
  } catch (error) {
    console.warn('[relais] Reading aloud failed; the text stays on screen.', error);
    return false;
  }
}

/** Stops reading aloud, if `owner` started the current reading. */
export function stopSpeaking(owner: object): void {
  if (speaker !== owner) return;
  speaker = undefined;
  try {
    window.speechSynthesis.cancel();
  } catch {
    // Nothing to stop.
  }
}
