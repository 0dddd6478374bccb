# Loaded by Orca at start from $XDG_DATA_HOME/orca/ (the runner copies it
# there): every utterance is written, one JSON object a line, to the file named
# by RELAIS_SPEECH_LOG. Orca's own "speech" logger misses Say All (sayAll sends
# its chunks straight to the speech server), so the speech module's entry
# points are wrapped instead:
#   speak   what speech.speak / presentMessage / live regions say
#   sayall  each chunk Say All reads (on page load, or on the Say All key)
#   char    a character spoken alone
#   key     a key echo (off in this profile, kept if someone turns it on)
#   focus   Orca's locus of focus changed (not speech: to compare with the page)
#   sayall-end / sayall-stop   Say All read to the end / was interrupted
#   sayall-rescued   see below
#
# With no sound card, speech-dispatcher now and then never reports the end
# of an utterance (no END event after the null audio output "played" it).
# Say All waits for that event before it reads on, so it would stall for good
# in the middle of a page, at a different place in each run. A watchdog sends
# the missing END after a delay long enough for any real one (it is logged as
# sayall-rescued): what Say All reads is Orca's own choice, only its pace is
# helped.
import json
import os
import time

from gi.repository import GLib
from orca import orca, orca_state, settings, speech, speechserver
from orca import speechdispatcherfactory
import speechd

settings.enableKeyEcho = False  # the transcripts record what the page makes Orca say, not the keys

_log = open(os.environ["RELAIS_SPEECH_LOG"], "a", buffering=1, encoding="utf-8")


def _write(kind, text):
    try:
        _log.write(json.dumps({"t": round(time.time(), 3), "k": kind, "s": str(text)}, ensure_ascii=False) + "\n")
    except Exception:  # never break Orca
        pass


_speak = speech._speak


def _logged_speak(text, acss, interrupt):
    _write("speak", text)
    return _speak(text, acss, interrupt)


speech._speak = _logged_speak

_say_all = speech.sayAll


def _logged_say_all(iterator, callback):
    def chunks():
        for context, acss in iterator:
            _write("sayall", context.utterance)
            yield context, acss
        _write("sayall-end", "")

    def progress(context, progress_type):
        if progress_type == speechserver.SayAllContext.INTERRUPTED:
            _write("sayall-stop", context.utterance)
        return callback(context, progress_type)

    return _say_all(chunks(), progress)


speech.sayAll = _logged_say_all

_server_speak = speechdispatcherfactory.SpeechServer._speak
_RESCUE_MS = 1500


def _server_speak_with_watchdog(self, text, acss, **kwargs):
    callback = kwargs.get("callback")
    if not callback:
        return _server_speak(self, text, acss, **kwargs)
    state = {"done": False}

    def watched(callback_type, index_mark=None):
        if state["done"]:
            return
        if callback_type in (speechd.CallbackType.END, speechd.CallbackType.CANCEL):
            state["done"] = True
        return callback(callback_type, index_mark)

    def rescue():
        if not state["done"]:
            _write("sayall-rescued", text)
            watched(speechd.CallbackType.END)
        return False

    kwargs["callback"] = watched
    GLib.timeout_add(_RESCUE_MS + 40 * len(text), rescue)
    return _server_speak(self, text, acss, **kwargs)


speechdispatcherfactory.SpeechServer._speak = _server_speak_with_watchdog

_speak_character = speech.speakCharacter


def _logged_speak_character(character, acss=None):
    _write("char", character)
    return _speak_character(character, acss)


speech.speakCharacter = _logged_speak_character

_speak_key = speech.speakKeyEvent


def _logged_speak_key(event, acss=None):
    _write("key", event.getKeyName())
    return _speak_key(event, acss)


speech.speakKeyEvent = _logged_speak_key

_set_focus = orca.setLocusOfFocus


def _logged_set_focus(event, obj, notifyScript=True, force=False):
    try:
        same = " (unchanged)" if obj == orca_state.locusOfFocus and not force else ""
        _write("focus", "%s « %s »%s" % (obj.getLocalizedRoleName(), obj.name or "", same))
    except Exception:
        pass
    return _set_focus(event, obj, notifyScript, force)


orca.setLocusOfFocus = _logged_set_focus
