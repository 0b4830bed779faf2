// Optional helper for a page that embeds dealscope: sizes each embed's iframe to the height the
// explorer asks for. Blog platforms that already handle Datawrapper, Flourish or AMP resize messages
// need no script; on other pages, include this one:
//   <script src="https://…/embed.js" async></script>
(function () {
  'use strict';
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || !data['datawrapper-height']) return;
    for (const frame of document.querySelectorAll('iframe[data-dealscope]')) {
      if (frame.contentWindow !== event.source) continue;  // only the embed that sent it
      const height = Number(Object.values(data['datawrapper-height'])[0]);
      if (Number.isFinite(height) && height >= 240 && height <= 1200) frame.style.height = `${Math.round(height)}px`;
    }
  });
})();
