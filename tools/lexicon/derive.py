#!/usr/bin/env python3
"""Derives phiscan's generated lexicons from the openly licensed sources.

Usage: python3 tools/lexicon/derive.py SOURCES_DIR
where SOURCES_DIR holds the source folders described in NOTICE (ssa-baby-names, census-1990-names,
argentina-renaper-names, fda-drugs-at-fda, drugbank-open-vocabulary). Writes, under
src/main/resources/io/phiscan/detect/lexicon/:

  given-names.txt        SSA national baby names given to at least 15,000 US babies 1940-2023,
                         plus RENAPER (Argentina) given names also given to at least 1,000 US babies
  surnames.txt           the 30,000 most frequent surnames of the 1990 US Census, plus RENAPER
                         surnames that also appear anywhere in the 1990 Census list
  medication-generics.txt  active ingredients of Drugs@FDA products (salts removed) that DrugBank's
                         open vocabulary also names, one word of six letters or more, without
                         ingredients that are everyday words (alcohol, oxygen, caffeine, ...)

The hand-curated lexicons (symptoms, conditions, medications, tests, procedures) are not written
by this script; their headers say what they were checked against.
"""
import csv
import os
import re
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "main", "resources", "io", "phiscan", "detect", "lexicon")
SALTS = re.compile(r"\b(hydrochloride|hcl|sodium|potassium|calcium|magnesium|sulfate|acetate|maleate|mesylate|besylate"
                   r"|tartrate|succinate|citrate|phosphate|fumarate|bromide|chloride|hyclate|monohydrate|dihydrate"
                   r"|trihydrate|hydrobromide|propionate|dipropionate|valerate|furoate|disodium|anhydrous|micronized"
                   r"|lysine|tromethamine|benzoate|lactate|gluconate|nitrate|oxalate|pamoate|hydrate|and)\b")
EVERYDAY = set("""alcohol aluminum ammonium arginine barium benzyl betaine caffeine chromic cocaine copper cupric cysteine
dextrose dibasic dimethyl edetate ferric fluoride gallium glycerin glycine helium iodide menthol nitrite nitrogen oxide
oxygen sorbitol sulfur tyrosine xylose lipase secretin inulin lactitol verard water glucose sucrose lactose talc charcoal
camphor lanolin petrolatum gelatin protein collagen histamine acetone ethanol ethyl methyl silver titanium zinc iron
carbon sodium potassium calcium magnesium phosphorus selenium manganese chromium iodine chlorine hydrogen peroxide
dopamine serotonin adrenaline insulin sodium sterile saline lidocaine thrombin dextran albumin plasma""".split())


def write(name, header, words):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for line in header.strip().splitlines():
            f.write("# " + line + "\n")
        for w in sorted(words):
            f.write(w + "\n")
    print(path, len(words))


def main(src):
    ssa = {}
    with open(os.path.join(src, "ssa-baby-names", "ssa-national-first-names-1880-2023.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            ssa[row["name"]] = ssa.get(row["name"], 0) + int(row["count_1940_2023"])
    renaper = set()
    with open(os.path.join(src, "argentina-renaper-names", "names.csv"), encoding="utf-8") as f:
        renaper = {line.strip() for line in f if line.strip().isalpha()}
    given = {n for n, c in ssa.items() if c >= 15000}
    given |= {n for n, c in ssa.items() if c >= 1000 and n.lower() in renaper}
    write("given-names.txt", """Given names, matched only in context ("my son X", "X's mom", "this is X"), never as bare words.
Derived by tools/lexicon/derive.py from the US Social Security Administration's national baby-name
files 1880-2023 (public domain; names given to at least 15,000 US babies from 1940 to 2023), plus
given names registered in Argentina (RENAPER, datos.gob.ar, CC BY 4.0) that were also given to at
least 1,000 US babies. Contiene datos del Registro Nacional de las Personas (RENAPER), Ministerio del
Interior, Argentina, publicados en datos.gob.ar bajo licencia CC BY 4.0. See NOTICE.""", given)

    census = []
    with open(os.path.join(src, "census-1990-names", "dist.all.last"), encoding="utf-8") as f:
        census = [line.split()[0].capitalize() for line in f if line.strip()]
    with open(os.path.join(src, "argentina-renaper-names", "lastnames.csv"), encoding="utf-8") as f:
        renaper_last = {line.strip() for line in f if line.strip().isalpha()}
    surnames = set(census[:30000]) | {n for n in census if n.lower() in renaper_last}
    write("surnames.txt", """Surnames, matched only after a known given name ("Harold Jensen"), never alone.
Derived by tools/lexicon/derive.py from the 1990 US Census surname list (public domain; the 30,000
most frequent), plus surnames registered in Argentina (RENAPER, datos.gob.ar, CC BY 4.0) that also
appear in the 1990 Census list. Contiene datos del Registro Nacional de las Personas (RENAPER),
Ministerio del Interior, Argentina, publicados en datos.gob.ar bajo licencia CC BY 4.0. See NOTICE.""", surnames)

    ingredients = set()
    with open(os.path.join(src, "fda-drugs-at-fda", "Products.txt"), encoding="latin-1") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for a in row["ActiveIngredient"].split(";"):
                b = SALTS.sub("", re.sub(r"\(.*?\)", "", a.strip().lower()))
                b = re.sub(r"\s+", " ", b).strip(" ,")
                if b and " " not in b and len(b) >= 6 and b.isalpha():
                    ingredients.add(b)
    drugbank = set()
    with open(os.path.join(src, "drugbank-open-vocabulary", "drugbank_vocabulary.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            drugbank.add(row["Common name"].strip().lower())
            drugbank.update(s.strip().lower() for s in row["Synonyms"].split(" | "))
    generics = {g for g in ingredients if g in drugbank and g not in EVERYDAY}
    write("medication-generics.txt", """Generic medication names (active ingredients), one word each.
Derived by tools/lexicon/derive.py from Drugs@FDA Products.txt (US FDA, public domain, September 2021):
active ingredients with salt words removed, kept only when the DrugBank Open Data vocabulary (CC0 1.0)
also names them, and without ingredients that are everyday words. Brand names and the spellings
people type are in medications.txt. See NOTICE.""", generics)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
