#!/usr/bin/env python3
"""What a real screen reader says: GNOME's Orca reading a real Chromium window
on a virtual display, every utterance logged. Not part of `npm test` (it needs
Debian's orca, xvfb, xdotool, at-spi2-core and chromium; one run at a time).

  python3 tests/screen-reader/orca_run.py [page] [key ...]
  e.g. python3 tests/screen-reader/orca_run.py /tests/screen-reader/help.html Tab Return Tab Tab

Prints, for each key pressed, what Orca said after it. Run `npm run build` first.
"""
import os, shutil, signal, socket, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
page = sys.argv[1] if len(sys.argv) > 1 else '/tests/screen-reader/help.html'
keys = sys.argv[2:] or ['Tab', 'Return', 'Tab', 'Tab']

work = tempfile.mkdtemp(prefix='relais-orca-')
home = os.path.join(work, 'home')
for d in ('home', 'data', 'config', 'cache', 'runtime', 'chrome', 'speechd'):
    os.makedirs(os.path.join(work, d), mode=0o700)
speech_log = os.path.join(work, 'speech.log')
env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(work, 'data'), XDG_CONFIG_HOME=os.path.join(work, 'config'),
           XDG_CACHE_HOME=os.path.join(work, 'cache'), XDG_RUNTIME_DIR=os.path.join(work, 'runtime'), LANG='C.UTF-8',
           ACCESSIBILITY_ENABLED='1', NO_AT_BRIDGE='0', RELAIS_SPEECH_LOG=speech_log)
started = []

def start(cmd, **kw):
    p = subprocess.Popen(cmd, env=env, **kw)
    started.append(p)
    return p

def stop_all():
    for p in reversed(started):  # newest first: Chromium before Orca before the buses
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()

try:
    # Virtual display.
    r, w = os.pipe()
    start(['Xvfb', '-displayfd', str(w), '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], pass_fds=(w,))
    os.close(w)
    env['DISPLAY'] = ':' + os.read(r, 16).decode().strip()
    # Session bus, then wake the accessibility bus.
    r, w = os.pipe()
    start(['dbus-daemon', '--session', '--nofork', '--print-address=%d' % w], pass_fds=(w,))
    os.close(w)
    env['DBUS_SESSION_BUS_ADDRESS'] = os.read(r, 512).decode().strip()
    subprocess.run(['dbus-send', '--session', '--dest=org.a11y.Bus', '--print-reply', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'],
                   env=env, stdout=subprocess.DEVNULL, check=False)
    # Speech server with no sound card: libao to the null driver, espeak-ng.
    conf = os.path.join(work, 'speechd')
    shutil.copytree('/etc/speech-dispatcher', conf, dirs_exist_ok=True)
    with open(os.path.join(conf, 'speechd.conf'), 'a') as f:
        f.write('\nAudioOutputMethod "libao"\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\nDefaultModule espeak-ng\n')
    with open(os.path.join(home, '.libao'), 'w') as f:
        f.write('default_driver=null\n')
    start(['speech-dispatcher', '-s', '-t', '0', '-C', conf, '-c', 'unix_socket', '-S', 'default'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Orca, logging every utterance to a file.
    os.makedirs(os.path.join(work, 'data', 'orca'), exist_ok=True)
    with open(os.path.join(work, 'data', 'orca', 'orca-customizations.py'), 'w') as f:
        f.write('import logging, os\n'
                'h = logging.FileHandler(os.environ["RELAIS_SPEECH_LOG"])\n'
                'h.setFormatter(logging.Formatter("%(message)s"))\n'
                'logging.getLogger("speech").addHandler(h)\n')
    start(['orca'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(3)
    # A static server for the repository.
    s = socket.socket(); s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]; s.close()
    start([sys.executable, '-m', 'http.server', str(port), '--bind', '127.0.0.1', '--directory', ROOT],
          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    start(['chromium', '--no-sandbox', '--test-type', '--no-first-run', '--no-default-browser-check',
           '--user-data-dir=' + os.path.join(work, 'chrome'), '--password-store=basic', '--force-renderer-accessibility',
           '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--disable-features=Translate,TranslateUI', '--window-size=1280,1000',
           'http://127.0.0.1:%d%s' % (port, page)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    window = ''
    for _ in range(60):
        out = subprocess.run(['xdotool', 'search', '--onlyvisible', '--class', 'chromium'], env=env, capture_output=True, text=True).stdout.split()
        if out:
            window = out[-1]
            break
        time.sleep(0.5)
    if not window:
        sys.exit('orca_run: no Chromium window appeared')
    subprocess.run(['xdotool', 'windowfocus', '--sync', window], env=env, check=False)
    time.sleep(6)  # page load and its announcement

    def size():
        return os.path.getsize(speech_log) if os.path.exists(speech_log) else 0

    def quiet(after=0.6, limit=8.0):
        t0 = time.time(); last = size(); calm = time.time()
        while time.time() - t0 < limit:
            time.sleep(0.1)
            now = size()
            if now != last:
                last = now; calm = time.time()
            elif time.time() - calm >= after:
                return

    def utterances(data):
        # One line per utterance: SPEECH OUTPUT: 'text' [voice...]; key echoes ('tab ') dropped.
        out = []
        for line in data.decode('utf-8', 'replace').splitlines():
            line = line.replace('SPEECH OUTPUT: ', '').split(" {'established'")[0].strip()
            if line.startswith("'") and "'" in line[1:]:
                line = line[1:line.rindex("'")]
            if line.strip() and line.strip().lower() not in keys_lower:
                out.append(line.strip())
        return ' | '.join(out) or '(nothing)'

    keys_lower = {k.lower() for k in keys} | {'shift', 'escape', 'space'}
    quiet()
    mark = size()
    with open(speech_log, 'rb') as f:
        print('page load:', utterances(f.read()[:mark]))
    for key in keys:
        subprocess.run(['xdotool', 'key', '--clearmodifiers', key], env=env, check=False)
        time.sleep(0.3)
        quiet()
        with open(speech_log, 'rb') as f:
            data = f.read()
        print(f'{key}: {utterances(data[mark:])}')
        mark = len(data)
finally:
    stop_all()
    shutil.rmtree(work, ignore_errors=True)
