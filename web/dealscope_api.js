// window.dealscope: the page's automation API (tests, host pages), and the Emscripten Module
// configuration it wraps. The wasm side calls Module.dealscopeReady() after its first frame.
(function () {
  'use strict';
  const status = document.getElementById('status');
  const canvas = document.getElementById('canvas');
  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });

  // A visible, spoken message for what the user did (a refused file); returns the message. An empty
  // message hides the box (a file that was being read is in). It stays while the pointer is on it.
  function notice(message) {
    const box = document.getElementById('notice');
    clearTimeout(notice.timer);
    if (!message) { box.hidden = true; return message; }
    showUnbroken(document.getElementById('notice-text'), message);
    box.hidden = false;
    const hideLater = () => { notice.timer = setTimeout(() => { box.hidden = true; }, 12000); };
    box.onmouseenter = () => clearTimeout(notice.timer);
    box.onmouseleave = hideLater;
    document.getElementById('notice-close').onclick = () => { box.hidden = true; canvas.focus(); };
    hideLater();
    console.warn('dealscope: ' + message);
    return message;
  }

  // Writes `text` into `element`, keeping dates, numbers and "line 6" / "Zeile 6" on one line.
  function showUnbroken(element, text) {
    element.textContent = '';
    const unbroken = /\d[\d.,]*(?:[-\u2013/]\d+)+|(?:line|Zeile|column|Spalte|row) \d+/g;
    let at = 0;
    for (const match of text.matchAll(unbroken)) {
      element.append(text.slice(at, match.index));
      element.append(Object.assign(document.createElement('span'), { className: 'unbroken', textContent: match[0] }));
      at = match.index + match[0].length;
    }
    element.append(text.slice(at));
  }

  // Hands a file to the user through a temporary link.
  function saveBlob(name, blob) {
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // The user's own articles and accepted events live in IndexedDB as one record per article and per
  // event ('records', keyed "article:<id>", "event:<id>") beside a manifest with the layout and a
  // generation that every write increments (src/explorer/user_store.h). A save writes only what
  // changed, in one transaction with the manifest: a reload or crash mid-save leaves the store before
  // or after it, never a mix. When another tab wrote since this one last looked (the generation moved
  // on), the save hands what it read to the app, which merges it three-way and says what to write
  // instead — in the same transaction, so no tab's change is lost and no deletion comes back. Tabs
  // tell each other on a BroadcastChannel, and the others merge at once. The single record of layout 1
  // ('user'/'data') is read when there is no manifest yet, and never written again.
  const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('dealscope-user-data') : null;
  const encoder = new TextEncoder();
  const kRecordPart = 1 << 19;  // bytes of a record put into IndexedDB in one task
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const userStore = {
    open() {
      return new Promise((resolve, reject) => {
        if (typeof indexedDB === 'undefined') { reject(new Error('this browser offers no IndexedDB')); return; }
        const opening = indexedDB.open('dealscope', 2);
        opening.onupgradeneeded = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('records')) db.createObjectStore('records');
          if (!db.objectStoreNames.contains('manifest')) db.createObjectStore('manifest');
        };
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
    },
    // The store inside a transaction, framed as the app reads it (kRecordsMagic in
    // src/explorer/user_store.h): records are UTF-8 bytes, handed over without decoding them.
    async storeIn(tx) {
      const records = tx.objectStore('records');
      const [manifest, keys, values] = await Promise.all([request(tx.objectStore('manifest').get('manifest')),
        request(records.getAllKeys()), request(records.getAll())]);
      const parts = [encoder.encode(`dealscope-records ${manifest ? manifest.layout : 2} ${manifest ? manifest.generation : 0}\n`)];
      // A large record's further parts ("<key>\0<n>") follow it in key order; they are joined to it.
      const joined = new Map();
      keys.forEach((key, i) => {
        const v = values[i] instanceof Uint8Array ? values[i] : encoder.encode(String(values[i]));  // written as text by hand
        const cut = String(key).indexOf('\0');
        if (cut < 0) joined.set(String(key), [v]);
        else joined.get(String(key).slice(0, cut))?.push(v);
      });
      for (const [key, pieces] of joined) {
        const k = encoder.encode(key);
        parts.push(encoder.encode(`${k.length} ${pieces.reduce((n, p) => n + p.length, 0)}\n`), k, ...pieces, encoder.encode('\n'));
      }
      const blob = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) { blob.set(p, at); at += p.length; }
      return { manifest, blob };
    },
    // What is stored (the store, or layout 1's single record when there is no manifest), or null.
    async read() {
      const db = await userStore.open();
      try {
        const legacy = db.objectStoreNames.contains('user');
        const tx = db.transaction(legacy ? ['manifest', 'records', 'user'] : ['manifest', 'records'], 'readonly');
        const { manifest, blob } = await userStore.storeIn(tx);
        if (manifest) return blob;
        const old = legacy ? await request(tx.objectStore('user').get('data')) : undefined;
        return typeof old === 'string' ? encoder.encode(old) : null;
      } finally {
        db.close();
      }
    },
    // Writes `write` ({base_generation, put, remove}); when the store moved on, what `rebase` returns
    // for what it read. Resolves with the generation written (null: nothing may be written).
    async save(write, rebase) {
      const db = await userStore.open();
      return new Promise((resolve, reject) => {
        const tx = db.transaction(['manifest', 'records'], 'readwrite');
        let generation = null;
        tx.oncomplete = () => {
          db.close();
          if (generation !== null && tabs) tabs.postMessage('stored');
          resolve(generation);
        };
        tx.onabort = tx.onerror = () => { db.close(); if (generation === null) resolve(null); else reject(tx.error || new Error('the save was aborted')); };
        (async () => {
          const manifest = await request(tx.objectStore('manifest').get('manifest'));
          if ((manifest ? manifest.generation : 0) !== write.base_generation || (manifest && manifest.layout !== 2)) {
            write = rebase((await userStore.storeIn(tx)).blob);
            if (!write) { tx.abort(); return; }  // a newer dealscope's store: left as it is
          }
          const records = tx.objectStore('records');
          for (const key of [...Object.keys(write.put), ...write.remove]) records.delete(IDBKeyRange.bound(`${key}\0`, `${key}\u0001`, false, true));
          for (const key of write.remove) records.delete(key);
          generation = write.base_generation + 1;
          tx.objectStore('manifest').put({ format: 'dealscope-user-data', layout: 2, generation }, 'manifest');
          // A record goes in parts of half a megabyte, each put once the one before is stored: putting a
          // 5 MB record at once cloned it in one task of 35–70 ms. Parts after the first are
          // "<key>\0<n>" (n zero-padded, so they sort in order); storeIn joins them again.
          const puts = [];
          for (const [key, bytes] of Object.entries(write.put)) {
            for (let at = 0, n = 0; at === 0 || at < bytes.length; at += kRecordPart, ++n) {
              puts.push([n === 0 ? key : `${key}\0${String(n).padStart(6, '0')}`, bytes, at]);
            }
          }
          // Up to half a megabyte per task: many small records go together.
          const putFrom = (i) => {
            let request = null;
            for (let budget = kRecordPart; i < puts.length && budget > 0; ++i) {
              const [key, bytes, at] = puts[i];
              const part = bytes.slice(at, at + kRecordPart);  // a copy: a view would clone the whole record with it
              request = records.put(part, key);
              budget -= Math.max(part.length, 1);
            }
            if (request && i < puts.length) request.onsuccess = () => putFrom(i);
          };
          putFrom(0);
        })().catch((e) => { generation = generation ?? 0; try { tx.abort(); } catch (_) { /* already over */ } reject(e); });
      });
    },
  };
  // The records of a write, copied out of the app's heap a megabyte per task: one copy of a 5 MB
  // article took 20–35 ms. The app keeps them alive until the save is reported.
  function copyRecords(write) {
    const copies = write.copies || [];
    delete write.copies;
    let i = 0, done = 0;
    return new Promise((resolve) => {
      const step = () => {
        for (let budget = 1 << 20; i < copies.length && budget > 0;) {
          const [key, ptr, size] = copies[i];
          if (!write.put[key]) write.put[key] = new Uint8Array(size);
          const n = Math.min(size - done, budget);
          write.put[key].set(Module.HEAPU8.subarray(ptr + done, ptr + done + n), done);  // HEAPU8 anew: the heap may have grown
          done += n;
          budget -= Math.max(n, 1);
          if (done >= size) { ++i; done = 0; }
        }
        if (i < copies.length) setTimeout(step, 0);
        else resolve();
      };
      setTimeout(step, 0);  // not in the frame that asked for the save
    });
  }
  // Calls the app with the store's bytes on its heap.
  function withBytes(bytes, call) {
    const ptr = Module._malloc(bytes.length + 1);
    try {
      Module.HEAPU8.set(bytes, ptr);
      return call(ptr, bytes.length);
    } finally {
      Module._free(ptr);
    }
  }
  // The write to make instead, once the app merged what another tab stored (null: write nothing).
  const rebaseSave = (blob) => withBytes(blob, (ptr, size) => {
    if (!Module._ds_rebase_user_save(ptr, size)) return null;
    const write = Module.dealscopeWrite;
    Module.dealscopeWrite = null;
    return write;
  });
  if (tabs) {
    tabs.onmessage = async () => {
      if (!api.isReady || api.embed) return;
      try {
        const stored = await userStore.read();
        if (stored !== null) withBytes(stored, (ptr, size) => Module._ds_merge_stored_user_data(ptr, size));
      } catch (e) {
        console.warn('dealscope: could not read what another tab saved:', e.message);
      }
    };
  }
  let userDataLoaded = Promise.resolve(null);
  let packLoaded = Promise.resolve(null);
  let folderLoaded = null;  // the articles folder, once it is being fetched
  let wasmFetched = null;
  let fontLoaded = Promise.resolve(null);
  let fontFileFetched = null;  // the font file, once it is being fetched

  // The UI font's atlas is made at build time for these pixel ratios (scripts/web-extras.sh); at any
  // other the app rasterises the font file. index.html's head preloads the same file.
  const PREPARED_FONT_RATIOS = [1, 1.5, 2, 3];
  const preparedFontAtlas = (ratio) => (PREPARED_FONT_RATIOS.includes(ratio) ? `ui-font-${ratio}x.atlas` : null);
  const fetchBytes = (url) => fetch(url).then((response) => (response.ok ? response.arrayBuffer() : null), () => null);
  // The font the app rasterises itself: at a ratio without an atlas, when the atlas could not be
  // fetched or was refused, or when the ratio changes (page zoom, another screen). Once per page.
  function fetchFontFile() {
    if (!fontFileFetched) fontFileFetched = fetchBytes('ui-font.otf').then((bytes) => bytes && { name: 'ui.otf', bytes });
    return fontFileFetched;
  }
  // The atlas for this screen's pixel ratio, else the font file: {name, bytes} for /fonts, or null.
  function fetchFont() {
    const atlas = preparedFontAtlas(window.devicePixelRatio || 1);
    if (!atlas) return fetchFontFile();
    return fetchBytes(atlas).then((bytes) => (bytes ? { name: atlas, bytes } : fetchFontFile()));
  }

  // What a failed save means for the user, and what to do about it.
  function saveFailure(error) {
    const quota = error && (error.name === 'QuotaExceededError' || /quota/i.test(String(error.message)));
    return quota
      ? "Your articles could not be saved: this browser's storage for the site is full. They stay here until you close the page — export them (Articles → Your data → Export) or free space in the browser's site settings."
      : `Your articles could not be saved in this browser (${error && error.message ? error.message : error}). They stay here until you close the page — export them (Articles → Your data → Export).`;
  }

  // Articles are news-sized; an exported data file (.json) holds many of them. "" when the size is fine.
  function tooLarge(name, size) {
    const json = /\.json$/i.test(name);
    const limit = json ? 512 : 5;
    return size > limit * 1024 * 1024 ? `${name}: larger than ${limit} MB; ${json ? 'not a dealscope data file' : 'dealscope reads news articles'}` : '';
  }

  // Several files (or a folder's) arrive as one batch: their deals are reviewed together, so the
  // review opens in the reader's place instead of the last article. A folder's files come with the
  // count of those that are no article (`folder.skipped`): the notice says so, or that none was one.
  async function addFiles(files, folder = null) {
    let articles = 0;
    for (const file of files) {
      const refused = tooLarge(file.name, file.size);
      if (refused) { notice(refused); continue; }
      const result = api.addArticle(file.name, await file.arrayBuffer());
      if (result.ok && result.message) notice(result.message);  // an import says what it added; a large file is being read
      if (result.ok && !/\.(json|csv|tsv)$/i.test(file.name)) articles += 1;
    }
    if (api.isReady && (articles > 1 || folder)) Module._ds_files_added(articles, folder ? folder.skipped : 0);
  }

  // A folder's articles: its text files, those in subfolders too, in path order; anything else is counted.
  const articleFile = /\.(txt|md|markdown|text)$/i;
  function addFolderFiles(files) {
    const list = Array.from(files).filter((f) => !f.name.startsWith('.'));
    const path = (f) => f.webkitRelativePath || f.name;
    const articles = list.filter((f) => articleFile.test(f.name)).sort((a, b) => path(a).localeCompare(path(b)));
    return addFiles(articles, { skipped: list.length - articles.length });
  }

  // What was dropped: files as they are, a folder's entries read through the File System API.
  async function droppedFiles(dataTransfer) {
    const entries = Array.from(dataTransfer.items || []).map((item) => (item.webkitGetAsEntry ? item.webkitGetAsEntry() : null));
    if (!entries.some((e) => e && e.isDirectory)) return { files: Array.from(dataTransfer.files), folder: false };
    const files = [];
    const walk = async (entry) => {
      if (entry.isFile) files.push(await new Promise((resolve, reject) => entry.file(resolve, reject)));
      else if (entry.isDirectory) {
        const reader = entry.createReader();
        for (;;) {  // readEntries gives a directory's entries in batches until an empty one
          const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
          if (batch.length === 0) break;
          for (const child of batch) await walk(child);
        }
      }
    };
    for (const entry of entries) if (entry) await walk(entry);
    return { files, folder: true };
  }

  // The user's saved data as an export document, read straight from the browser's storage: what a
  // user can still take away when the app itself has stopped.
  async function savedDataDocument() {
    const blob = await userStore.read();
    if (blob === null) return null;
    const decoder = new TextDecoder();
    const text = (from, to) => decoder.decode(blob.subarray(from, to));
    const magic = 'dealscope-records ';
    if (text(0, magic.length) !== magic) return text(0, blob.length);  // the single record of layout 1 is such a document already
    const records = [];
    let at = blob.indexOf(10) + 1;
    while (at > 0 && at < blob.length) {
      const line = blob.indexOf(10, at);
      const [keySize, size] = text(at, line).split(' ').map(Number);
      records.push([text(line + 1, line + 1 + keySize), text(line + 1 + keySize, line + 1 + keySize + size)]);
      at = line + 1 + keySize + size + 1;
    }
    const doc = { format: 'dealscope-user-data', version: 1, articles: [], events: [], unreadable: [] };
    for (const [key, record] of records) {
      try {
        const parsed = JSON.parse(record);
        if (key.startsWith('article:') && parsed.article) doc.articles.push({ name: parsed.article.name, text: parsed.article.text });
        else if (key.startsWith('event:') && parsed.event) doc.events.push(parsed.event);
        else doc.unreadable.push({ key, text: record });
      } catch (e) {
        doc.unreadable.push({ key, text: record });
      }
    }
    return JSON.stringify(doc, null, 1);
  }

  // The app stopped after it had started (an internal error): the page says so with the reason,
  // keeps what was saved, and offers to download it and to reload.
  function stopped(reason) {
    if (stopped.shown) return;
    stopped.shown = true;
    console.error('dealscope stopped: ' + reason);
    status.replaceChildren();
    status.setAttribute('role', 'alert');
    status.classList.add('failed');
    const box = document.createElement('div');
    const title = Object.assign(document.createElement('p'), { textContent: 'dealscope stopped because of an internal error.' });
    const why = Object.assign(document.createElement('p'), { textContent: `Reason: ${reason}` });
    const kept = Object.assign(document.createElement('p'), { textContent: 'What you saved before is kept in this browser. Reload to go on, or download your saved data first.' });
    const reload = Object.assign(document.createElement('button'), { textContent: 'Reload', onclick: () => location.reload() });
    const download = Object.assign(document.createElement('button'), { textContent: 'Download your saved data' });
    download.onclick = async () => {
      try {
        const doc = await savedDataDocument();
        if (doc === null) { notice('Nothing of yours is saved in this browser.'); return; }
        Module.dealscopeDownload('dealscope-my-data.json', doc);
      } catch (e) {
        notice(`Your saved data could not be read: ${e.message}`);
      }
    };
    box.append(title, why, kept, reload, ' ', download);
    status.append(box);
    status.hidden = false;
  }

  function fail(message) {
    status.hidden = false;
    status.classList.add('failed');
    status.textContent = 'dealscope could not start: ' + message;
    console.error('dealscope: ' + message);
    rejectReady(new Error(message));
  }

  const params = new URLSearchParams(location.search);
  let started = false;
  // The data set prepared as a pack (dealscope-cli pack; docs/data-format.md): ?pack=URL, else the
  // page's own data.pack; ?pack=none reads the articles. A pack asked for that cannot be fetched is
  // a warning in the app; the page's own one missing (a build without it) is not.
  const packAsked = params.get('pack');
  const packUrl = packAsked ?? 'data.pack';
  function fetchPack() {
    if (!packUrl || packUrl === 'none') return Promise.resolve(null);
    // `why`: 'other_site', or what the browser said of the fetch (the app words either in the UI's language).
    const failed = (why) => {
      if (packAsked) return { url: packUrl, error: why };
      console.info(`dealscope: no ${packUrl} (${why}); reading the articles`);
      return null;
    };
    // Only the site's own packs: a link must not make the page show someone else's data under its name.
    let sameSite = false;
    try { sameSite = new URL(packUrl, location.href).origin === location.origin; } catch (e) { /* not a URL */ }
    if (!sameSite) return Promise.resolve(failed('other_site'));
    return fetch(packUrl).then(async (response) => {
      if (!response.ok) return failed(`HTTP ${response.status}`);
      return { url: packUrl, bytes: new Uint8Array(await response.arrayBuffer()) };
    }, (e) => failed(e.message));
  }
  // The data folder (articles, entities, events) as the build packed it: a list of files and their
  // bytes. Fetched only when there is no pack the app can use.
  function fetchFolder() {
    if (!folderLoaded) {
      const get = (name, as) => fetch(name).then((response) => {
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        return response[as]();
      });
      folderLoaded = Promise.all([get('dealscope-folder.json', 'json'), get('dealscope-folder.data', 'arrayBuffer')]);
    }
    return folderLoaded;
  }
  function putFolder([list, data]) {
    const bytes = new Uint8Array(data);
    for (const file of list.files) {
      const slash = file.filename.lastIndexOf('/');
      const dir = file.filename.slice(0, slash);
      Module.FS_createPath('/', dir.slice(1), true, true);
      Module.FS_createDataFile(dir, file.filename.slice(slash + 1), bytes.subarray(file.start, file.end), true, true, true);
    }
  }
  const api = {
    ready,            // resolves with this object once the first frame is drawn
    isReady: false,
    embed: params.get('embed') === '1',  // one view for a blog post (web/embed_mode.js)
    // Downloads and starts the WebAssembly app (at once on the full page; an embed waits until it
    // is scrolled into view or clicked).
    start() {
      if (started || typeof WebAssembly !== 'object') return;
      started = true;
      status.hidden = false;
      // Read while the wasm downloads; main() waits for it (Module.preRun) and finds it as a file.
      if (!api.embed) userDataLoaded = userStore.read().catch((e) => { console.warn('dealscope: could not read saved articles:', e.message); return null; });
      // All at once: the wasm compiles while it downloads (Module.instantiateWasm), beside the script,
      // the font and the data.
      wasmFetched = fetch('dealscope.wasm', { credentials: 'same-origin' });
      fontLoaded = fetchFont();
      packLoaded = fetchPack();
      // No pack to use: the folder downloads beside the wasm.
      packLoaded.then((pack) => { if (!pack || !pack.bytes) fetchFolder().catch(() => {}); });
      const script = Object.assign(document.createElement('script'), { src: 'dealscope.js', async: true });
      script.onerror = () => fail('Could not download dealscope.js.');
      document.body.appendChild(script);
    },
    onLinkChange: null,  // called with the new fragment whenever the state changes
    // The current UI state as a plain object (articles, problems, font, display, frame count).
    state() {
      if (!api.isReady) return null;
      return JSON.parse(Module.UTF8ToString(Module._ds_state_json()));
    },
    // Opens source `index` (default 0) of an event in the reader, scrolled to and highlighting the quote.
    openSource(eventId, index = 0) {
      if (!api.isReady) return false;
      return Module.ccall('ds_open_source', 'number', ['string', 'number'], [String(eventId), Number(index) | 0]) === 1;
    },
    // Opens the article with this id in the reader, or the event with this id in the events view;
    // returns false if there is neither.
    select(id) {
      if (!api.isReady) return false;
      return Module.ccall('ds_select_article', 'number', ['string'], [String(id)]) === 1;
    },
    // Shows a view: 'timeline', 'network', 'articles', 'events' or 'conflicts'; false for any other name.
    setView(name) {
      if (!api.isReady) return false;
      return Module.ccall('ds_set_view', 'number', ['string'], [String(name)]) === 1;
    },
    // Replaces the filters: {types: [...], statuses: [...], entity: 'id', from: '2024', to: '2025-06'}.
    // Returns the list of problems (unknown keys or values, which are ignored); [] when all was understood.
    setFilter(filter = {}) {
      if (!api.isReady) return ['not ready'];
      const problems = JSON.parse(Module.UTF8ToString(Module.ccall('ds_set_filter', 'number', ['string'], [JSON.stringify(filter)])));
      for (const p of problems) console.warn('dealscope: ' + p);
      return problems;
    },
    // Types into the search box; results are in state().search_results.
    search(text) {
      if (api.isReady) Module.ccall('ds_set_query', null, ['string'], [String(text)]);
    },
    // The events that pass the filters, as 'csv' or 'json' text (what the Export buttons download).
    exportEvents(format = 'csv') {
      if (!api.isReady) return null;
      // 'json', 'csv' (dealscope's columns) or a table layout's name ('timelinejs', 'kumu-connections', …).
      return Module.UTF8ToString(Module.ccall('ds_export_events', 'number', ['string'], [String(format)]));
    },
    // The view ('timeline', 'network', 'flows'; default: the current one) as an SVG picture with its
    // title, key and source line, `width` × `height` logical pixels; null for a view without one.
    picture(view = '', width = 1200, height = 760) {
      if (!api.isReady) return null;
      const svg = Module.UTF8ToString(Module.ccall('ds_picture_svg', 'number', ['string', 'number', 'number'], [String(view), width, height]));
      return svg || null;
    },
    // Saves the current view as a picture ('png', at twice its size, or 'svg'), as "Image…" does;
    // false for a view without one. The picture takes the window's width, up to 1200 pixels.
    async downloadPicture(format = 'png') {
      const width = Math.max(360, Math.min(1200, window.innerWidth));
      const svg = api.picture('', width, width < 600 ? 700 : 760);
      if (!svg) return false;
      const view = api.state().view;
      if (format === 'svg') saveBlob(`dealscope-${view}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
      else saveBlob(`dealscope-${view}.png`, await api.pngOfSvg(svg));
      return true;
    },
    // An SVG drawn on a canvas at twice its size, as a PNG Blob (what "Image… → PNG" saves).
    async pngOfSvg(svg, scale = 2) {
      const image = new Image();
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      try {
        image.src = url;
        await image.decode();
        const canvas2 = Object.assign(document.createElement('canvas'), { width: image.width * scale, height: image.height * scale });
        const g = canvas2.getContext('2d');
        g.scale(scale, scale);
        g.drawImage(image, 0, 0);
        return await new Promise((resolve, reject) => canvas2.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    // Applies a link ("#view=network&event=…" or "?…"); returns the warnings about what was ignored.
    applyLink(link) {
      if (!api.isReady) return ['not ready'];
      const warnings = JSON.parse(Module.UTF8ToString(Module.ccall('ds_apply_link', 'number', ['string'], [String(link)])));
      for (const w of warnings) console.warn('dealscope: ' + w);
      return warnings;
    },
    // Adds the user's own article (text or bytes) and opens it in the reader, or imports an exported
    // ".json"; returns {ok, message}. A file over 256 KB is read over the next frames (state().user.reading). A refusal (binary, over 5 MB, invalid UTF-8) is also shown on the page.
    addArticle(name, content) {
      if (!api.isReady) return { ok: false, message: 'not ready' };
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
      const refused = tooLarge(String(name), bytes.length);
      if (refused) return { ok: false, message: notice(refused) };
      // Room first: making it may grow the heap, which replaces Module.HEAPU8 (an earlier view is detached).
      const at = Module._ds_file_buffer(bytes.length);
      Module.HEAPU8.set(bytes, at);
      const result = JSON.parse(Module.UTF8ToString(Module.ccall('ds_add_article', 'number', ['string'], [String(name)])));
      if (!result.ok) notice(result.message);
      return result;
    },
    // The user's articles and accepted events as one JSON document (what Export saves; addArticle imports it).
    // Where the time before the first frame went, in milliseconds since navigation: when each of the
    // app's files arrived (and its bytes over the wire), then the program's own steps (state().startup).
    startup() {
      const files = performance.getEntriesByType('resource')
        .filter((e) => /\.(wasm|data|js|pack|otf)$/.test(new URL(e.name).pathname))
        .map((e) => ({ file: new URL(e.name).pathname.split('/').pop(), arrived_at_ms: e.responseEnd, transferred: e.transferSize, size: e.decodedBodySize }));
      return { files, ...(api.isReady ? JSON.parse(Module.UTF8ToString(Module._ds_startup_json())) : {}) };
    },
    exportUserData() {
      return api.isReady ? Module.UTF8ToString(Module._ds_user_data_json()) : null;
    },
    // Deletes the user's articles and events, here and in the browser's storage.
    deleteUserData() {
      if (api.isReady) Module._ds_delete_user_data();
    },
    // Accepts candidate `index` of the user's article into their events; `edits` overrides fields of its
    // events.json shape ({status: 'reported', date: {value: '2025-09'}, summary: {de, en}}). Returns "" or what is wrong.
    acceptCandidate(articleId, index, edits = {}) {
      if (!api.isReady) return 'not ready';
      return Module.UTF8ToString(Module.ccall('ds_accept_candidate', 'number', ['string', 'number', 'string'], [String(articleId), Number(index) | 0, JSON.stringify(edits)]));
    },
    // The deals found in all the user's articles, one per deal however many articles report it, are in
    // state().user.review. `choice`: 'accept' (with `edits` as for acceptCandidate), 'reject',
    // 'restore', 'apart' (undo a merge) or 'merge' (join again). Returns "" or what is wrong.
    reviewDeal(key, choice, edits = {}) {
      if (!api.isReady) return 'not ready';
      return Module.UTF8ToString(Module.ccall('ds_review_deal', 'number', ['string', 'string', 'string'], [String(key), String(choice), JSON.stringify(edits)]));
    },
    // Shows that review in the reader's place (Articles → Deals in your articles).
    showReview() {
      if (api.isReady) Module._ds_show_review();
    },
    // Sets one of the user's names (a table's new name) right: {name, kind, sameAs: entity id}, each
    // optional. Returns the notice: what happened or what is wrong.
    editEntity(id, { name, kind, sameAs } = {}) {
      if (!api.isReady) return 'not ready';
      const edit = JSON.stringify({ name, kind, same_as: sameAs });
      return Module.UTF8ToString(Module.ccall('ds_edit_entity', 'number', ['string', 'string'], [String(id), edit]));
    },
    // The app draws only while something changes; this asks for frames for half a second.
    wake() {
      if (api.isReady) Module._ds_wake();
    },
    setLanguage(language) {
      if (api.isReady) Module.ccall('ds_set_look', null, ['string', 'number'], [String(language), -1]);
    },
    setTheme(theme) {
      if (api.isReady) Module.ccall('ds_set_look', null, ['string', 'number'], ['', theme === 'dark' ? 1 : 0]);
    },
    _fail: fail,
  };
  window.dealscope = api;

  if (typeof WebAssembly !== 'object') {
    fail('this browser does not support WebAssembly.');
    return;
  }

  window.Module = {
    canvas,
    print: (text) => console.log(text),
    // The core writes "warning: place: reason" and "error: place: reason" lines to stderr.
    printErr: (text) => (String(text).startsWith('warning:') ? console.warn : console.error)(text),
    // Emscripten reports downloads as "Downloading data... (got/total)": shown as a progress bar.
    setStatus: (text) => {
      if (api.isReady || !text) return;
      const m = /\((\d+)\/(\d+)\)/.exec(text);
      status.textContent = m ? 'Loading dealscope…' : text;
      if (m) {
        const bar = Object.assign(document.createElement('progress'), { max: Number(m[2]), value: Number(m[1]) });
        bar.setAttribute('aria-label', 'download progress');
        status.append(document.createElement('br'), bar);
      }
    },
    // The wasm fetched in start(), compiled as it arrives.
    instantiateWasm(imports, receive) {
      // A host that serves .wasm under another type cannot stream it: then it is compiled once it is whole.
      const fallback = () => fetch('dealscope.wasm', { credentials: 'same-origin' }).then((r) => r.arrayBuffer()).then((bytes) => WebAssembly.instantiate(bytes, imports));
      WebAssembly.instantiateStreaming(wasmFetched, imports).catch((e) => {
        console.warn(`dealscope: the WebAssembly program could not be compiled as it arrived (${e.message}); compiling it whole`);
        return fallback();
      }).then((result) => receive(result.instance, result.module), (e) => fail(`could not start the WebAssembly program (${e.message}).`));
      return {};
    },
    // The font, the user's saved data and the pack are in place before main() runs; main() reads
    // Module.dealscopePack ({file, url} or {url, error}) and removes the file when it has read it.
    preRun: [() => {
      // The UI font's atlas or the font (a missing one is a warning in the app, which then uses
      // ImGui's own). The app asks for the font file later if it needs it (dealscopeFetchFont).
      Module.addRunDependency('font');
      Module.FS_createPath('/', 'fonts', true, true);
      const fontsPut = new Set();
      const putFont = (font) => {
        if (!font || fontsPut.has(font.name)) return;
        fontsPut.add(font.name);
        Module.FS_createDataFile('/fonts', font.name, new Uint8Array(font.bytes), true, true, true);
      };
      fontLoaded.then((font) => {
        putFont(font);
        Module.removeRunDependency('font');
      });
      Module.dealscopeFetchFont = () => fetchFontFile().then((font) => { putFont(font); Module._ds_wake(); });
      Module.addRunDependency('user-data');
      userDataLoaded.then((bytes) => {
        if (bytes) Module.FS_createDataFile('/', 'user-data.json', bytes, true, true, true);
        Module.removeRunDependency('user-data');
      });
      Module.addRunDependency('pack');
      packLoaded.then((pack) => {
        if (pack && pack.bytes) {
          Module.FS_createDataFile('/', 'data.pack', pack.bytes, true, true, true);
          Module.dealscopePack = { file: '/data.pack', url: pack.url };
        } else if (pack) {
          Module.dealscopePack = { url: pack.url, error: pack.error };
        }
        Module.removeRunDependency('pack');
      });
    }],
    // main() waits until the data is in place: the pack read and usable (ds_read_pack_ahead), else the
    // articles folder, fetched now if it was not already.
    noInitialRun: true,
    onRuntimeInitialized() {
      const packUsable = Boolean(Module.dealscopePack && Module.dealscopePack.file) && Module._ds_read_pack_ahead() === 1;
      (packUsable ? Promise.resolve() : fetchFolder().then(putFolder)).then(
        () => Module.callMain([]),
        (e) => fail(`could not download the articles (${e.message}).`));
    },
    // `write` is {base_generation, put: {key: text}, remove: [key]} (src/platform/web_main.cpp).
    dealscopeSaveUserData(write, revision) {
      const saved = (message, generation) => Module.ccall('ds_user_data_saved', null, ['number', 'string', 'number'], [revision, message, generation]);
      copyRecords(write).then(() => userStore.save(write, rebaseSave)).then((generation) => saved('', generation ?? 0), (error) => {
        const message = saveFailure(error);
        notice(message);
        saved(message, 0);
      });
    },
    dealscopeNotice: (message) => notice(message),
    dealscopeReady() {
      api.isReady = true;
      status.hidden = true;
      if (!api.embed) canvas.focus({ preventScroll: true });  // an embed must not steal the host page's focus
      resolveReady(api);
    },
    dealscopeFailed: fail,
    dealscopePickFile() { document.getElementById('file-input').click(); },
    dealscopePickFolder() { document.getElementById('folder-input').click(); },
    dealscopeOpenPasteBox: (language) => openPasteBox(language),
    // The app's state changed: the address bar follows (a new entry, or the current one replaced).
    dealscopeLinkChanged(link, push) {
      const url = location.pathname + location.search + link;
      // The reader's language and look are kept for the next visit (not an embed's: those are its post's).
      if (!api.embed) {
        try {
          const lang = /[#&]lang=([a-z]+)/.exec(link), theme = /[#&]theme=(dark|light)/.exec(link);
          localStorage.setItem('dealscope.look', `lang=${lang ? lang[1] : 'en'}${theme ? `&theme=${theme[1]}` : ''}`);
        } catch (e) { /* storage refused: the look is still in the address */ }
      }
      if (push && !api.embed) history.pushState(null, '', url);  // an embed keeps the host's history clean
      else history.replaceState(null, '', url);
      if (api.onLinkChange) api.onLinkChange(link);
    },
    // Exports (CSV, JSON, pictures) are saved through a temporary link.
    dealscopeDownload(name, content) {
      // A picture arrives as SVG: as .svg it is saved as it is; as .png it is drawn at twice its size first.
      if (name.endsWith('.png')) {
        api.pngOfSvg(content).then((png) => saveBlob(name, png)).catch((e) => notice(`The image could not be made: ${e.message}`));
        return;
      }
      const type = name.endsWith('.csv') ? 'text/csv' : name.endsWith('.svg') ? 'image/svg+xml' : 'application/json';
      saveBlob(name, new Blob([content], { type }));
    },
    // Screen readers: the filtered events as a table (HTML escaped by the core) and the selection.
    dealscopeEventsTable(html) { document.getElementById('a11y-events').innerHTML = html; },
    dealscopeAnnounce(text) { document.getElementById('announce').textContent = text; },
    onAbort: (what) => (api.isReady ? stopped(String(what)) : fail(String(what))),
  };
  // "Paste text…": the page's box, in the UI's language; what is added goes the way of a chosen file
  // (an article, or a table when its first line names the columns).
  const pasteWords = {
    en: ['Paste an article or a table', 'An article: its title on the first line, then its text; the deals it reports are offered for review. A range copied from a spreadsheet becomes events when its header row names the columns (date, type, from, to, amount …).',
      'Name (optional), e.g. reuters-2025-09', 'Text', 'Cancel', 'Add'],
    de: ['Artikel oder Tabelle einfügen', 'Ein Artikel: der Titel in der ersten Zeile, dann der Text; die Deals darin werden zur Prüfung angeboten. Ein aus einer Tabelle kopierter Bereich wird zu Ereignissen, wenn seine Kopfzeile die Spalten benennt (date, type, from, to, amount …).',
      'Name (optional), z. B. reuters-2025-09', 'Text', 'Abbrechen', 'Hinzufügen'],
  };
  const pasteBox = document.getElementById('paste-box');
  const pasteText = document.getElementById('paste-text');
  const pasteName = document.getElementById('paste-name');
  const pasteAdd = document.getElementById('paste-add');
  function openPasteBox(language) {
    const [title, hint, name, text, cancel, add] = pasteWords[language] || pasteWords.en;
    document.getElementById('paste-title').textContent = title;
    document.getElementById('paste-hint').textContent = hint;
    pasteName.placeholder = name;
    pasteName.setAttribute('aria-label', name);
    pasteText.setAttribute('aria-label', text);
    document.getElementById('paste-cancel').textContent = cancel;
    pasteAdd.textContent = add;
    pasteAdd.disabled = !pasteText.value.trim();
    // In the app's colours: the full page's theme is the app's own (an embed's is the body's).
    const look = api.state();
    pasteBox.classList.toggle('dark', document.body.classList.contains('dark') || (look && look.theme === 'dark'));
    pasteBox.showModal();
    pasteText.focus();
  }
  pasteText.addEventListener('input', () => { pasteAdd.disabled = !pasteText.value.trim(); });
  document.getElementById('paste-cancel').addEventListener('click', () => pasteBox.close());
  pasteBox.addEventListener('close', () => {
    if (pasteBox.returnValue === 'add' && pasteText.value.trim()) {
      const name = pasteName.value.trim().replace(/[\\/]/g, '-') || 'pasted-text';
      api.addArticle(name + '.txt', pasteText.value);
      pasteText.value = '';
      pasteName.value = '';
    }
    pasteBox.returnValue = '';
    canvas.focus({ preventScroll: true });
  });

  // The pixel ratio changing with no resize (the window moved to another screen, a zoom that keeps
  // the CSS size) wakes an idle app, which then draws sharp at the new ratio with the font made for it.
  const watchPixelRatio = () => {
    window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`).addEventListener('change', () => {
      if (api.isReady) Module._ds_wake();
      watchPixelRatio();
    }, { once: true });
  };
  watchPixelRatio();

  // A trap inside WebAssembly (out of bounds, unreachable) while drawing or in an API call.
  window.addEventListener('error', (e) => { if (api.isReady && e.error instanceof WebAssembly.RuntimeError) stopped(e.error.message); });
  canvas.addEventListener('pointerdown', () => canvas.focus({ preventScroll: true }));
  // Your own articles: the picker, files dropped on the page, text pasted while the canvas has focus
  // (the app's own paste into a text field goes to the field).
  document.getElementById('file-input').addEventListener('change', (e) => { addFiles(e.target.files); e.target.value = ''; });
  window.addEventListener('dragover', (e) => { e.preventDefault(); });
  document.getElementById('folder-input').addEventListener('change', (e) => { addFolderFiles(e.target.files); e.target.value = ''; });
  window.addEventListener('drop', async (e) => {
    e.preventDefault();
    if (!api.isReady || api.embed) return;
    const dropped = await droppedFiles(e.dataTransfer);
    if (dropped.folder) addFolderFiles(dropped.files);
    else addFiles(dropped.files);
  });
  // Closing or reloading while a change of the user's is not yet in the browser's storage (being
  // read, waiting, being written, or its write failed): the browser asks first.
  window.addEventListener('beforeunload', (e) => {
    if (!api.isReady || api.embed || stopped.shown || !Module._ds_unsaved_changes()) return;
    e.preventDefault();
    e.returnValue = '';
  });
  // Back and Forward: the address bar changed, the app follows.
  window.addEventListener('popstate', () => { if (api.isReady) api.applyLink(location.hash); });
  if (!api.embed) api.start();
  else status.hidden = true;  // the poster stands in until the app starts
})();
