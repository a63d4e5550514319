import csv,sys,glob
def load(paths):
    r={}
    for p in paths:
        for row in csv.DictReader(open(p)): r[row['instance']]=row
    return r
b=load(['before/runs.csv']); a=load(glob.glob('after[AB]/runs.csv'))
names=sorted(set(b)|set(a), key=lambda x:int(b.get(x,a.get(x))['n']))
print("| instance | n | best known | before cost | before gap % | after cost | after gap % | after kicks | after time to best s (wall) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
sb=sa=0;k=0;better=[];worse=[];equal=0
for x in names:
    rb=b.get(x); ra=a.get(x)
    if rb and ra:
        sb+=float(rb['gap_pct']); sa+=float(ra['gap_pct']); k+=1
        c=int(ra['cost'])-int(rb['cost'])
        if c<0: better.append(x)
        elif c>0: worse.append(x)
        else: equal+=1
    f=lambda r,c: r[c] if r else '-'
    print(f"| {x} | {f(rb or ra,'n')} | {f(rb or ra,'best_known')} | {f(rb,'cost')} | {f(rb,'gap_pct')} | {f(ra,'cost')} | {f(ra,'gap_pct')} | {f(ra,'iterations')} | {f(ra,'time_to_best_s')} |")
print(f"\nboth: {k} instances, mean gap before {sb/max(k,1):.4f} %, after {sa/max(k,1):.4f} %")
print(f"\nafter lower on {len(better)} ({', '.join(better)}), higher on {len(worse)} ({', '.join(worse)}), equal on {equal}")
