// The page as an embed (?embed=1&view=…): a poster image until the reader scrolls to it or clicks
// it, then the app; a link to the full explorer that carries the state; the host's wheel left alone
// until the explorer is clicked (with a hint); resize messages in the Datawrapper, Flourish and AMP
// formats; and an optional story (?story=path/to/story.json), stepped through with ‹ ›.
(function () {
  'use strict';
  const api = window.dealscope;
  if (!api.embed) return;
  const params = new URLSearchParams(location.search);
  const views = ['timeline', 'network', 'reader', 'events'];
  const view = views.includes(params.get('view')) ? params.get('view') : 'timeline';
  const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
  if (theme === 'dark') document.body.classList.add('dark');

  // Poster: rendered at build time by the desktop app (scripts/posters.sh).
  const poster = document.getElementById('poster');
  poster.alt = `dealscope ${view} — click to explore`;
  poster.src = `posters/${view}-${theme}.png`;
  poster.hidden = false;
  poster.onerror = () => { poster.hidden = true; };
  const start = () => {
    api.start();
    api.ready.then(() => { poster.hidden = true; });
  };
  poster.addEventListener('click', () => { start(); api.ready.then(() => document.getElementById('canvas').focus({ preventScroll: true })); });
  if ('IntersectionObserver' in window) {
    new IntersectionObserver((entries, observer) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        start();
      }
    }, { rootMargin: '200px' }).observe(document.getElementById('canvas'));
  } else {
    start();
  }

  // "Open full explorer" carries the current state (without the embed parameters).
  const bar = document.getElementById('embed-bar');
  const full = document.getElementById('full-link');
  bar.hidden = false;
  full.href = './' + location.hash;
  let shownLink = location.hash;
  api.onLinkChange = (link) => { full.href = './' + link; shownLink = link; };
  // The view as a picture for the reader to keep (views with a picture: timeline, network).
  const image = document.getElementById('image-link');
  image.addEventListener('click', (e) => {
    e.preventDefault();
    start();
    api.ready.then(() => api.downloadPicture('png'));
  });
  image.hidden = !['timeline', 'network'].includes(view);

  let applyStep = null;  // a story's: shows its current step (again, after the reader explored)

  // The page's own words in the embed's language (the app's are its own): "?lang=de", or "lang=de" in the
  // link after "#", as the app reads it (an embed has no language switch of its own).
  const hashLanguage = new URLSearchParams(location.hash.replace(/^#/, '')).get('lang');
  if (params.get('lang') === 'de' || (!params.get('lang') && hashLanguage === 'de')) {
    document.documentElement.lang = 'de';
    document.querySelector('#tap-to-explore span').textContent = 'Zum Erkunden tippen';
    document.getElementById('explore-done').textContent = 'Fertig';
    document.getElementById('full-link').textContent = 'Im Explorer öffnen ↗';
    document.getElementById('image-link').textContent = 'Bild ↓';
    document.getElementById('embed-hint').textContent = 'Zum Zoomen und Erkunden in den Explorer klicken';
    document.getElementById('story-prev').setAttribute('aria-label', 'Vorheriger Schritt');
    document.getElementById('story-next').setAttribute('aria-label', 'Nächster Schritt');
  }

  // On a touch screen the explorer would take every swipe over it: a cover lets swipes scroll the
  // host page until the reader taps it, then the explorer has the touches.
  // "Done" puts the cover back, so the page scrolls under the reader's finger again.
  const cover = document.getElementById('tap-to-explore');
  const done = document.getElementById('explore-done');
  // The app hears where the pill or "Done" lies over it, so that a story's note keeps out from under it.
  const reportCover = () => {
    const shown = !cover.hidden ? cover.querySelector('span') : !done.hidden ? done : null;
    const r = shown ? shown.getBoundingClientRect() : { x: 0, y: 0, width: 0, height: 0 };
    api.ready.then(() => window.Module._ds_set_page_cover(r.x, r.y, r.width, r.height));
  };
  // The pill and "Done" sit just above the source line, one row tall or two (the app says which).
  let footer = 0;
  const placePill = () => {
    if (!footer) return;
    const story = params.has('story') ? document.getElementById('story').offsetHeight : 0;
    const gap = window.innerHeight - story < 300 ? 6 : 12;
    cover.style.paddingBottom = `${footer + gap}px`;
    done.style.bottom = `${story + footer + gap}px`;
    reportCover();
  };
  window.Module.dealscopeFooterHeight = (height) => { footer = height; placePill(); };
  if (navigator.maxTouchPoints > 0 || window.matchMedia('(pointer: coarse)').matches) {
    cover.hidden = false;
    cover.addEventListener('click', () => {
      cover.hidden = true;
      done.hidden = false;
      reportCover();
      start();
      api.ready.then(() => document.getElementById('canvas').focus({ preventScroll: true }));
    });
    done.addEventListener('click', () => {
      done.hidden = true;
      cover.hidden = false;
      reportCover();
      document.getElementById('canvas').blur();
      // What the reader opened closes with them: the graphic goes back to its chart, with no sheet
      // left open under the pill; a story goes back to its step, which the caption describes.
      if (applyStep) applyStep();
      else {
        const kept = shownLink.replace(/^#/, '').split('&').filter((p) => p && !/^(event|flow|entity|article)=/.test(p));
        api.ready.then(() => api.applyLink('#' + kept.join('&')));
      }
    });
    window.addEventListener('resize', reportCover);
    reportCover();
  }

  // The wheel scrolls the host page until the explorer has focus.
  const hint = document.getElementById('embed-hint');
  let hintTimer = 0;
  window.Module.dealscopeWheelHint = () => {
    hint.hidden = false;
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => { hint.hidden = true; }, 1500);
  };

  // Resize protocols blog platforms already handle, with the height the view would like. An embed
  // keeps the tallest height it asked for so far: the host page must not jump as the reader zooms
  // (a timeline's lanes stack into more rows or fewer), nor a story's › move away from the reader's
  // finger as the steps change views.
  const frameId = params.get('id') || 'dealscope';
  let tallest = 0, asked = 0;
  window.Module.dealscopeContentHeight = (height) => {
    if (window.parent === window) return;
    asked = height;
    const story = document.getElementById('story');  // a story's caption bar is below the canvas
    if (story && !story.hidden) height += story.offsetHeight;
    height = tallest = Math.max(tallest, Math.round(height));
    window.parent.postMessage({ 'datawrapper-height': { [frameId]: height } }, '*');
    window.parent.postMessage({ sender: 'Flourish', context: 'iframe.resize', method: 'resize', height, id: frameId }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };

  // Story: a same-origin JSON list of {link, caption, captions?}; captions are text, never markup.
  // `captions` holds a step's caption in other languages ({"de": "…"}): a German embed of the story
  // reads German captions when the author wrote them, and `caption` otherwise.
  const storyPath = params.get('story');
  if (!storyPath) return;
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|\\/i.test(storyPath)) {
    console.warn('dealscope: story must be a path on this site, ignored');
    return;
  }
  fetch(storyPath).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`)))).then((steps) => {
    if (!Array.isArray(steps)) throw new Error('expected a list of steps');
    steps = steps.filter((s) => s && typeof s.link === 'string' && typeof s.caption === 'string').slice(0, 50);
    if (!steps.length) throw new Error('no usable steps');
    const box = document.getElementById('story');
    const caption = document.getElementById('story-caption');
    const counter = document.getElementById('story-step');
    const language = params.get('lang') || 'en';
    const captionOf = (s) => (s.captions && typeof s.captions[language] === 'string' ? s.captions[language] : s.caption);
    // A step's link is a whole state, light and English unless it says otherwise: the embed's own
    // theme and language (the host's choice, in its address) go with every step.
    const look = ['theme', 'lang'].filter((k) => params.has(k)).map((k) => `&${k}=${encodeURIComponent(params.get(k))}`).join('');
    let at = Math.min(Math.max(parseInt(params.get('step') || '1', 10) - 1 || 0, 0), steps.length - 1);
    const show = () => {
      caption.textContent = captionOf(steps[at]);
      counter.textContent = `${at + 1}/${steps.length}`;
      document.getElementById('story-prev').disabled = at === 0;
      document.getElementById('story-next').disabled = at === steps.length - 1;
      applyStep();
    };
    applyStep = () => api.ready.then(() => api.applyLink(steps[at].link + look));
    const back = () => { if (at > 0) { at--; start(); show(); } };
    const next = () => { if (at < steps.length - 1) { at++; start(); show(); } };
    document.getElementById('story-prev').onclick = back;
    document.getElementById('story-next').onclick = next;
    // ← and → step the story, not the chart's events (before the canvas hears them).
    window.addEventListener('keydown', (e) => {
      if ((e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') || e.altKey || e.ctrlKey || e.metaKey) return;
      if (document.activeElement && ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      (e.key === 'ArrowLeft' ? back : next)();
    }, true);
    box.hidden = false;
    document.body.classList.add('story');
    // The bar is as tall as its longest caption needs, at every step: the chart keeps one size
    // (and its title one shape) as the reader steps.
    const tallestBar = () => {
      const shown = caption.textContent;
      box.style.minHeight = '';
      let most = 0;
      for (const s of steps) {
        caption.textContent = captionOf(s);
        most = Math.max(most, box.offsetHeight);
      }
      caption.textContent = shown;
      box.style.minHeight = `${most}px`;
    };
    // The canvas ends where the story bar begins, so the bar covers nothing of the view.
    let measuredFor = '';
    const fit = () => {
      if (`${window.innerWidth}x${window.innerHeight}` !== measuredFor) {  // the caption's type follows the height too
        measuredFor = `${window.innerWidth}x${window.innerHeight}`;
        tallestBar();
      }
      document.getElementById('canvas').style.height = `${Math.max(120, window.innerHeight - box.offsetHeight)}px`;
      bar.style.bottom = `${box.offsetHeight + 9}px`;
      cover.style.bottom = `${box.offsetHeight}px`;  // the story's buttons stay tappable
      done.style.bottom = `${box.offsetHeight + parseFloat(getComputedStyle(cover).paddingBottom)}px`;  // above the bar, where the pill was
      placePill();
      reportCover();
      if (asked) window.Module.dealscopeContentHeight(asked);  // now with the bar's height
      api.wake();
    };
    window.addEventListener('resize', fit);
    new ResizeObserver(fit).observe(box);
    api.story = { steps: steps.length, get step() { return at + 1; } };
    show();
  }).catch((e) => console.warn(`dealscope: story ${storyPath}: ${e.message}`));
})();
