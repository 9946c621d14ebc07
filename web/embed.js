/*
 * Partner Radar embed helper for host pages. Include once:
 *   <script src=".../embed.js" defer></script>
 * and frame the app with:
 *   <iframe data-partner-radar src=".../partner-radar/" title="Partner Radar"></iframe>
 *
 * For every such iframe it
 *   - sets the iframe's height from the app's `resize` messages, so the frame
 *     never shows an inner scrollbar;
 *   - re-dispatches every message from the app as a DOM CustomEvent named
 *     `partner-radar:<type>` on the iframe element, with the message as `detail`.
 * A message is accepted only when it comes from that iframe's own window and
 * from the origin of the iframe's src. No dependencies; nothing else is added
 * to the page.
 */
(function () {
  'use strict';
  if (window.__partnerRadarEmbed) return;
  window.__partnerRadarEmbed = true;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  // The app says `ready` once it starts; if that was before this script ran,
  // or before the host's own listeners were added, a `hello` (it carries
  // nothing) asks every framed app to say it again, with its height. Sent when
  // this script starts, whenever a frame loads, and once the page's deferred
  // scripts have run (DOMContentLoaded), so a listener added by a script that
  // comes after this one still hears `ready`.
  function hello(frame) {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ source: 'partner-radar-host', type: 'hello' }, '*');
    }
  }
  function helloAll() {
    var frames = document.querySelectorAll('iframe[data-partner-radar]');
    for (var k = 0; k < frames.length; k++) hello(frames[k]);
  }
  var frames = document.querySelectorAll('iframe[data-partner-radar]');
  for (var k = 0; k < frames.length; k++) {
    frames[k].addEventListener('load', hello.bind(null, frames[k]));
  }
  helloAll();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', helloAll);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.source !== 'partner-radar' || typeof data.type !== 'string') return;
    var frames = document.querySelectorAll('iframe[data-partner-radar]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
      if (data.type === 'resize' && typeof data.height === 'number' && data.height > 0) {
        frame.style.height = Math.ceil(data.height) + 'px';
      }
      frame.dispatchEvent(new CustomEvent('partner-radar:' + data.type, { detail: data }));
      return;
    }
  });
})();
