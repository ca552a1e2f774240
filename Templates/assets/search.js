// The search page (search/index.html): looks the words of `?q=` up in the Pagefind index that
// `publish build` made (`search: true`) and lists the notices found, best first, with title,
// issuer, date and disclosure status. Nothing is sent anywhere: the index is files of the site.
const results = document.getElementById("search-results");
const status = document.getElementById("search-status");
const input = document.getElementById("site-search");
const query = (new URLSearchParams(location.search).get("q") || "").trim();

if (results && status && query) {
  if (input) input.value = query;
  search(query);
}

async function search(words) {
  status.textContent = "正在搜索……";
  let pagefind;
  try {
    pagefind = await import(new URL(results.dataset.pagefindRoot + "pagefind.js", location.href).href);
    await pagefind.options({ baseUrl: new URL(results.dataset.siteRoot, location.href).pathname });
  } catch (error) {
    status.textContent = "搜索索引无法加载。";
    return;
  }
  const found = await pagefind.search(words);
  const entries = await Promise.all(found.results.slice(0, 50).map((result) => result.data()));
  results.replaceChildren(...entries.map(entry));
  status.textContent = entries.length
    ? `“${words}”：找到 ${found.results.length} 篇通报。`
    : `没有找到含有“${words}”的通报。`;
}

function entry(data) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.className = "title";
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [data.meta.issuer, data.meta.date, data.meta.status].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  excerpt.append(...marked(data.excerpt));
  item.append(link, meta, excerpt);
  return item;
}

// Pagefind's excerpt is the page's text, HTML-escaped, with the words found in <mark>. It is
// parsed in an inert document, and only its text and its <mark> elements are taken over: nothing
// else from it can become markup of this page.
function marked(html) {
  const parsed = new DOMParser().parseFromString(html, "text/html").body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent);
  });
}
