# html.escape / html.unescape and the html.entities tables.
import html
import html.entities as ent

print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<a href="x">\'</a>', quote=False), html.escape(''))
cases = ['&amp; &lt; &gt; &quot; &apos; &#39; &#x27; &#X41;', '&copy 2024 &COPY; &reg',
         '&nbsp;|&nbsp|&NotEqual;&fjlig;&ThickSpace;', '&notit; &notin; &noti',
         '&#0; &#13; &#128; &#129; &#150; &#159; &#x80;', '&#xD800; &#1114112; &#99999999999999999999;',
         '&#1; &#11; &#x7f; &#xFFFE; &#x10FFFF; &#65;&#66', '&#; &#x; &#xg; & ; &&amp;',
         '&unknown; &unknownentity &amp &ampx &AMP; &ltx', 'no refs at all',
         '&abcdefghijklmnopqrstuvwxyzabcdefghij;', '&eacute;t&eacute &Eacute; &hearts;&spades;',
         '&emsp; &emsp13; &emsp14; &sup1 &sup2; &frac12; &frac14x', '&lang; &rang; &#x1F600;']
for c in cases:
    print(repr(html.unescape(c)))
print(html.unescape(html.escape('<&>"\'')))

print(len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs), len(ent.html5))
print(ent.name2codepoint['amp'], ent.codepoint2name[0x3c], repr(ent.entitydefs['nbsp']))
print(list(ent.name2codepoint)[:10], list(ent.codepoint2name.items())[-3:])
print(list(ent.html5)[:12], list(ent.html5)[-5:])
print(ent.html5['NotEqualTilde;'], ent.html5['amp'], ent.html5['fjlig;'], ent.__all__, html.__all__)
print(sum(len(v) for v in ent.html5.values()), sum(1 for k in ent.html5 if not k.endswith(';')))
