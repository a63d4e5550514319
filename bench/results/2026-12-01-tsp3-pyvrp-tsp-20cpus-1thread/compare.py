import sys
def load(p):
    return {l.split()[0]: l.split() for l in open(p) if l.strip()}
b, a = load(sys.argv[1]), load(sys.argv[2])
names = sorted(set(b) & set(a), key=lambda k: int(''.join(c for c in k if c.isdigit())))
print("| instance | best known | before cost | before gap % | after cost | after gap % |")
print("|---|---:|---:|---:|---:|---:|")
sb = sa = 0; better = worse = 0
for k in names:
    print(f"| {k} | {b[k][1]} | {b[k][2]} | {b[k][3]} | {a[k][2]} | {a[k][3]} |")
    sb += float(b[k][3]); sa += float(a[k][3])
    better += float(a[k][3]) < float(b[k][3]); worse += float(a[k][3]) > float(b[k][3])
n = len(names)
print(f"\n{n} instances: mean gap before {sb/n:.4f} %, after {sa/n:.4f} %; after lower on {better}, higher on {worse}, equal on {n-better-worse}")
