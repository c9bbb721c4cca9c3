# csv through real files opened with newline='' (and without).
import csv, os
rows = [['id', 'text'], [1, 'hello, world'], [2, 'line1\nline2'], [3, 'say "hi"'], [4, '']]
with open('csv_files_tmp.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerows(rows)
with open('csv_files_tmp.csv', 'rb') as f: print(f.read())
with open('csv_files_tmp.csv', newline='') as f:
    for row in csv.reader(f): print(row)
with open('csv_files_tmp.csv', newline='') as f:
    for d in csv.DictReader(f): print(d)
with open('csv_files_tmp.csv') as f: print(list(csv.reader(f)))
os.remove('csv_files_tmp.csv')
