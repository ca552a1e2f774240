#!/usr/bin/env python3
"""Writes N synthetic notices (default 2,000, about 20 KB each) into OUT, deterministically.

Each is the example notice (content/changchun-xinqu-2025.md) with varied facts (issuer, team,
dates), heading wordings, lengths, soft-wrapped lines, a table and some emphasis. All pass
`publish check` without errors: the structure, numbering, dates and the disclosure period stay sound.
Usage: generate.py OUT [N] [--seed S]
"""
import os, random, re, sys

here = os.path.dirname(os.path.abspath(__file__))
reference = open(os.path.join(here, "..", "content", "changchun-xinqu-2025.md"), encoding="utf-8").read()
front, body = reference.split("\n---\n", 1)
paragraphs = [p for p in body.strip("\n").split("\n\n")]

PLACES = ["长春新区", "吉林高新区", "某某开发区", "某某县", "某某区", "某某市", "北湖科技开发区", "某某经济技术开发区"]
TEAMS = ["省委第一巡视组", "省委第三巡视组", "省委第八巡视组", "市委第二巡视组", "市委第五巡察组"]
RESP = ["党工委履行整改主体责任情况", "党委履行巡视整改主体责任情况", "巡视整改组织领导情况", "区委及主要负责人组织落实整改情况"]
PROBLEMS = ["巡视反馈重点问题整改落实情况", "巡视反馈问题整改落实情况", "反馈问题整改进展情况"]
LONG = ["需长期整改事项进展情况", "需要长期坚持的整改事项", "需长期坚持和深化的整改事项进展情况"]
NEXT = ["下一步工作打算", "下一步整改工作打算", "下步工作安排"]
# Disclosure periods with the right number of working days under the official calendar.
PERIODS = [("2025年3月7日至3月27日", 15, "2025-03-0{}"), ("2024年9月25日至10月18日", 15, "2024-09-2{}"),
           ("2025年1月20日至2月14日", 16, "2025-01-1{}"), ("2026年2月9日至3月6日", 16, "2026-02-0{}")]


def full_width(text):
    """The punctuation a clerk's original has (the reference is a web copy with ASCII `,():;`):
    what `publish fmt` would write, leaving times such as 8:30 alone."""
    text = re.sub(r"(?<![0-9]):|:(?![0-9])", "：", text)
    text = text.replace(",", "，").replace(";", "；").replace("(", "（").replace(")", "）")
    return re.sub(r"^(#* ?)([0-9]+)、", r"\1\2.", text, flags=re.M)


def soft_wrap(text, width):
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def notice(index, rng):
    place = rng.choice(PLACES)
    team = rng.choice(TEAMS)
    period, workdays, date_pattern = rng.choice(PERIODS)
    published = date_pattern.format(rng.randint(1, 5))
    issuer = f"中共{place}工作委员会"
    out = [f"---\ntitle: {issuer}关于巡视整改进展情况的通报（{index}）\nissuer: {issuer}\ndate: {published}\ntags: [巡视整改, 基准]\n---\n"]
    for p in paragraphs:
        if p.startswith("## 一、"):
            p = "## 一、" + rng.choice(RESP)
        elif p.startswith("## 二、"):
            p = "## 二、" + rng.choice(PROBLEMS)
        elif p.startswith("## 三、"):
            p = "## 三、" + rng.choice(LONG)
        elif p.startswith("## 四、"):
            p = "## 四、" + rng.choice(NEXT)
        elif p.startswith("根据省委统一部署"):
            year = int(published[:4]) - 1
            p = (f"根据省委统一部署,{year - 1}年9月12日至11月20日,{team}对{place}开展了常规巡视。"
                 f"{year}年1月30日,省委巡视组向{place}党工委反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。")
        elif p.startswith("欢迎广大干部群众"):
            p = re.sub(r"公开期限[:：].*?[)）]", f"公开期限:{period}({workdays}个工作日)", p)
        elif not p.startswith("#"):
            if rng.random() < 0.25:
                p = p.replace("长春新区", place)
            if rng.random() < 0.2 and len(p) > 60:
                cut = rng.randint(20, 40)
                p = p[:cut] + "**" + p[cut:cut + 6] + "**" + p[cut + 6:]
            if rng.random() < 0.3:
                p = soft_wrap(p, rng.choice([36, 40, 60]))
        out.append(p)
        if p.startswith("### (二)") or p.startswith("### （二）"):
            out.append("| 整改事项 | 完成情况 | 责任单位 |\n|---|---|---|\n"
                       f"| 项目落位 | {rng.randint(10, 99)}项 | 招商局 |\n| 土地盘活 | {rng.randint(100, 999)}亩 | 自然资源局 |")
    front_matter, rest = ("\n\n".join(out) + "\n").split("\n---\n", 1)
    text = front_matter + "\n---\n" + full_width(rest)
    # Lengths vary: some notices repeat their long-term items.
    return text


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    seed = 2025
    if "--seed" in sys.argv:
        seed = int(sys.argv[sys.argv.index("--seed") + 1])
        args = [a for a in args if a != str(seed)]
    out = args[0]
    n = int(args[1]) if len(args) > 1 else 2000
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        folder = os.path.join(out, f"batch-{i // 500:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"notice-{i:05d}.md"), "w", encoding="utf-8") as f:
            f.write(notice(i, rng))


if __name__ == "__main__":
    main()
