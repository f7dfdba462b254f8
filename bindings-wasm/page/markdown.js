// Just enough Markdown for the rules' doc comments: headings, paragraphs, lists, fenced code,
// inline code, emphasis and links. Builds DOM nodes (never innerHTML), so rule text cannot inject
// markup; links are kept only when they are http(s) or in-page.

/** Inline Markdown (code, bold, links) as a DOM fragment; messages use backticks too. */
export function inline(text) {
  const out = document.createDocumentFragment();
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.append(text.slice(last, m.index));
    if (m[1] !== undefined) {
      const code = document.createElement('code');
      code.textContent = m[1];
      out.append(code);
    } else if (m[2] !== undefined) {
      const strong = document.createElement('strong');
      strong.textContent = m[2];
      out.append(strong);
    } else if (/^(https?:|#)/.test(m[4])) {
      const a = document.createElement('a');
      a.href = m[4];
      a.textContent = m[3];
      out.append(a);
    } else {
      out.append(m[3]);
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.append(text.slice(last));
  return out;
}

/** Renders Markdown `source` into a `div` of DOM nodes; `##` headings become `h4`. */
export function renderMarkdown(source) {
  const root = document.createElement('div');
  root.className = 'markdown';
  const lines = source.split('\n');
  let para = [];
  let list = null;
  const flush = () => {
    if (para.length) {
      const p = document.createElement('p');
      p.append(inline(para.join(' ')));
      root.append(p);
      para = [];
    }
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^\s*```(\w*)/.exec(line);
    if (fence) {
      flush();
      const body = [];
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]); i++) body.push(lines[i]);
      const pre = document.createElement('pre');
      const code = document.createElement('code');
      if (fence[1]) code.dataset.lang = fence[1];
      code.textContent = body.join('\n');
      pre.append(code);
      root.append(pre);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const h = document.createElement(`h${Math.min(6, heading[1].length + 2)}`);
      h.append(inline(heading[2]));
      root.append(h);
      continue;
    }
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) {
      if (para.length) flush();
      if (!list) {
        list = document.createElement('ul');
        root.append(list);
      }
      const li = document.createElement('li');
      li.append(inline(item[1]));
      list.append(li);
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      list.lastChild.append(' ', inline(line.trim()));
      continue;
    }
    list = null;
    para.push(line.trim());
  }
  flush();
  return root;
}
