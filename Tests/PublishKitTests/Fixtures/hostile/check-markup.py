#!/usr/bin/env python3
"""Parses every file of a built site the way its readers' software does and reports markup the
content could have smuggled in. Used by HostileContentTests.

Usage: check-markup.py SITE --templates DIR [--expect-text TEXT]...

HTML pages are parsed with html5lib when it is installed (the WHATWG algorithm browsers use, with
its tree construction: `</title>` inside RCDATA, misnested tags, unquoted attributes), else with
the standard library's html.parser (the same tokenizer rules, no tree construction). In either, a
page fails on an element the templates in DIR never write (script, iframe, object, svg, …), an `on…`
attribute, a `style` attribute other than the table alignment, or a URL attribute whose scheme —
read as a browser reads it, after dropping control characters, spaces, tabs and newlines — is not
http, https, mailto or tel. The feed and the sitemap must be well-formed XML with http(s) links
and no script element; JSON must parse and hold no `</script` or `<!--`, so that it stays inert
even when a page inlines it. Every `--expect-text` must be visible text of some page: the hostile
content is shown, as text, not dropped.
Prints one line per violation, then `checked N files with PARSER`; exits 1 on any violation.
"""
import json, os, re, sys
import xml.etree.ElementTree as ET

try:
    import html5lib
    PARSER = "html5lib"
except ImportError:
    from html.parser import HTMLParser
    PARSER = "html.parser"

# `<{{headingTag}}>` in the templates, and what the inline renderer writes into `…HTML` fields.
ELEMENTS = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "code", "em", "strong", "del", "br", "span"}


def template_elements(folder):
    for name in os.listdir(folder):
        if name.endswith(".mustache"):
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            ELEMENTS.update(tag.lower() for tag in re.findall(r"<([A-Za-z][A-Za-z0-9-]*)", text))


URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "poster", "data", "cite", "background",
                  "xlink:href", "ping", "manifest", "codebase", "longdesc", "lowsrc", "dynsrc"}
SCHEMES = {"http", "https", "mailto", "tel"}


def scheme_is_safe(value):
    # The URL parser drops leading and trailing C0 controls and spaces, and tabs and newlines anywhere.
    value = re.sub(r"[\t\n\r]", "", value).strip("".join(chr(c) for c in range(0x21)))
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", value)
    return match is None or match.group(1).lower() in SCHEMES


def check_element(name, attributes, where, problems):
    name = name.lower()
    if name not in ELEMENTS:
        problems.append(f"{where}: element <{name}>")
    for key, value in attributes:
        key = key.lower()
        value = value or ""
        if key.startswith("on"):
            problems.append(f"{where}: event handler {key}= on <{name}>")
        if key == "style" and not re.fullmatch(r"text-align:(left|center|right)", value):
            problems.append(f"{where}: style=\"{value}\" on <{name}>")
        if key in URL_ATTRIBUTES and not scheme_is_safe(value):
            problems.append(f"{where}: {key}=\"{value}\" on <{name}>")
        if name == "meta" and key == "http-equiv":
            problems.append(f"{where}: <meta http-equiv>")


def check_html(path, where, problems):
    data = open(path, "rb").read()
    if PARSER == "html5lib":
        tree = html5lib.parse(data, namespaceHTMLElements=False)
        for element in tree.iter():
            if isinstance(element.tag, str):
                check_element(element.tag, list(element.attrib.items()), where, problems)
        text = []
        for element in tree.iter():
            if isinstance(element.tag, str) and element.tag not in ("style", "script"):
                text.append(element.text or "")
            text.append(element.tail or "")
        return "".join(text)

    class Collector(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.text = []

        def handle_starttag(self, tag, attrs):
            check_element(tag, attrs, where, problems)

        def handle_startendtag(self, tag, attrs):
            check_element(tag, attrs, where, problems)

        def handle_data(self, data):
            self.text.append(data)

    collector = Collector()
    collector.feed(data.decode("utf-8"))
    collector.close()
    return "".join(collector.text)


def local(tag):
    return tag.rsplit("}", 1)[-1]


def check_xml(path, where, problems):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        problems.append(f"{where}: not well-formed XML ({error})")
        return
    for element in root.iter():
        if local(element.tag).lower() == "script":
            problems.append(f"{where}: element <script>")
        for key, value in element.attrib.items():
            if local(key).lower().startswith("on"):
                problems.append(f"{where}: attribute {key}")
            if local(key) == "href" and not re.match(r"https?://", value):
                problems.append(f"{where}: href=\"{value}\"")
        if local(element.tag) in ("id", "loc") and not re.match(r"https?://", (element.text or "").strip()):
            problems.append(f"{where}: <{local(element.tag)}>{element.text}</…>")


def check_json(path, where, problems):
    raw = open(path, encoding="utf-8").read()
    try:
        json.loads(raw)
    except ValueError as error:
        problems.append(f"{where}: JSON does not parse ({error})")
    for needle in ("</script", "<!--"):
        if needle in raw.lower():
            problems.append(f"{where}: JSON holds `{needle}` (write `<` as \\u003c so it stays inert inside HTML)")


def main():
    site = sys.argv[1]
    expected_texts = [sys.argv[i + 1] for i, arg in enumerate(sys.argv) if arg == "--expect-text"]
    for i, arg in enumerate(sys.argv):
        if arg == "--templates":
            template_elements(sys.argv[i + 1])
    if len(ELEMENTS) < 20:
        sys.exit("check-markup.py: --templates DIR names no folder of Mustache templates")
    problems, visible, checked = [], [], 0
    for folder, _, files in os.walk(site):
        for name in sorted(files):
            path = os.path.join(folder, name)
            where = os.path.relpath(path, site)
            if name.endswith(".html"):
                visible.append(check_html(path, where, problems))
            elif name.endswith(".xml"):
                check_xml(path, where, problems)
            elif name.endswith(".json"):
                check_json(path, where, problems)
            else:
                continue
            checked += 1
    text = "\n".join(visible)
    for expected in expected_texts:
        if expected not in text:
            problems.append(f"no page shows «{expected}» as text")
    for problem in problems:
        print(problem)
    print(f"checked {checked} files with {PARSER}")
    sys.exit(1 if problems else 0)


main()
